// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, placeCard } from '@/components/Card';
import { DelegationColumns } from '@/components/Delegations';
import { QuoteList } from '@/components/Officials';
import { Flag, InlineFlag, flagPath } from '@/components/Flag';
import { groupQuotesBySpeaker, subjectTitle } from '@/lib/extension/speakers';
import type { Analysis, Delegation, Official, Person, Quote } from '@/lib/types';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => (document.body.innerHTML = ''));

const lavrov: Official = {
  id: 'o3', name_ar: 'سيرغي لافروف', name_en: 'Sergey Lavrov', role_ar: 'وزير الخارجية', role_en: 'Minister of Foreign Affairs',
  country: 'RU', mentions: [[10, 15], [40, 45], [90, 95]], evidence: 'وزير الخارجية سيرغي لافروف', known: true,
};
const quote = (id: string, speaker_en: string | null, speaker_id: string | null = null, text = 'نص'): Quote => ({
  id, text, kind: 'direct', speaker_ar: null, speaker_en, speaker_id, start: 0, end: 2,
});
// People of our own making: a named analyst and an unnamed source.
const analyst: Person = {
  id: 'p1', name_ar: 'سامي الحسن', name_en: 'Sami al-Hassan', named: true, description_ar: 'المحلل السياسي',
  description_en: 'political analyst', country: 'LB', mentions: [[100, 109], [150, 155]],
};
const source: Person = {
  id: 'p2', name_ar: 'مصدر دبلوماسي', name_en: 'a diplomatic source', named: false, description_ar: 'مصدر دبلوماسي',
  description_en: 'a diplomatic source', country: null, mentions: [[200, 212]],
};
const analysisWith = (quotes: Quote[]): Analysis => ({
  article: { title: null, text: '' }, officials: [lavrov], people: [analyst, source], quotes, delegations: [],
});

describe('card placement', () => {
  const rect = (left: number, top: number, w = 40, h = 20) => ({ left, top, right: left + w, bottom: top + h, width: w, height: h }) as DOMRect;
  it('sits below the name, aligned to its right edge on an RTL page', () => {
    expect(placeCard(rect(500, 100), 300, 200, 1200, 900, true)).toEqual({ left: 240, top: 126 });
  });
  it('never leaves the viewport: flips above near the bottom, clamps at both sides', () => {
    const p = placeCard(rect(5, 850), 360, 300, 400, 900, true);
    expect(p.left).toBe(8);
    expect(p.top).toBe(850 - 300 - 6);
    expect(placeCard(rect(390, 10), 360, 100, 400, 900, false).left).toBe(400 - 360 - 8);
  });
});

describe('Card', () => {
  it('shows the person in English with the Arabic name isolated, the mention counter and the quotes', () => {
    const onNext = vi.fn();
    const el = root();
    act(() =>
      render(
        <Card subject={{ kind: 'official', official: lavrov }} mention={1} quotes={[quote('q1', 'Sergey Lavrov', 'o3')]} dark={false} rtl
          anchor={() => null} onPrev={() => {}} onNext={onNext} onClose={() => {}} />,
        el,
      ),
    );
    const card = el.querySelector('.card')!;
    expect(card.getAttribute('dir')).toBe('ltr');
    expect(card.querySelector('h2')!.textContent).toBe('Sergey Lavrov');
    expect(card.querySelector('.role')!.textContent).toBe('Minister of Foreign Affairs');
    expect(card.querySelector('.country')!.textContent).toBe('Russia');
    expect(card.querySelector('.kind-tag')).toBeNull();
    expect(card.querySelector('.arabic bdi')!.getAttribute('dir')).toBe('rtl');
    expect(card.querySelector('.count')!.textContent).toBe('mention 2 of 3');
    expect(card.querySelectorAll('.quotes li')).toHaveLength(1);
    act(() => (card.querySelector('button.next') as HTMLButtonElement).click());
    expect(onNext).toHaveBeenCalledOnce();
  });

  it('shows a quoted person who is not an official with their description, mentions and quotes, without a role', () => {
    const el = root();
    const said = [quote('q2', 'Sami al-Hassan', 'p1', 'إن الزيارة تفتح صفحة جديدة')];
    act(() => render(<Card subject={{ kind: 'person', person: analyst }} mention={0} quotes={said} dark rtl anchor={() => null}
      onPrev={() => {}} onNext={() => {}} onClose={() => {}} />, el));
    const card = el.querySelector('.card')!;
    expect(card.getAttribute('aria-label')).toBe('About Sami al-Hassan');
    expect(card.querySelector('h2')!.textContent).toBe('Sami al-Hassan');
    expect(card.querySelector('.description')!.textContent).toBe('political analyst');
    expect(card.querySelector('.role')).toBeNull();
    expect(card.querySelector('.kind-tag')!.textContent).toContain('not an official');
    expect(card.querySelector('.country')!.textContent).toBe('Lebanon');
    expect(card.querySelector('.arabic bdi')!.textContent).toBe('سامي الحسن');
    expect(card.querySelector('.count')!.textContent).toBe('mention 1 of 2');
    expect(card.querySelector('.quotes li bdi')!.textContent).toBe('إن الزيارة تفتح صفحة جديدة');
  });

  it('says in which other articles the reader met the person, with the role there', () => {
    const el = root();
    const memory = { count: 2, seen: [
      { title: 'لافروف في بكين', site: 'news.test', url: 'https://news.test/2', readAt: Date.UTC(2026, 10, 30), role_en: 'Russian Foreign Minister' },
      { title: 'عنوان', site: 'other.test', url: 'https://other.test/1', readAt: Date.UTC(2026, 10, 1), role_en: null },
    ] };
    act(() => render(<Card subject={{ kind: 'official', official: lavrov }} mention={0} quotes={[]} memory={memory} dark={false} rtl
      anchor={() => null} onPrev={() => {}} onNext={() => {}} onClose={() => {}} />, el));
    expect(el.querySelector('.memory h3')!.textContent).toBe('Also in 2 articles you read');
    expect([...el.querySelectorAll('.memory .seen-role')].map((r) => r.textContent)).toEqual(['Russian Foreign Minister']);
    expect(el.querySelector('.memory .seen-where')!.textContent).toBe('لافروف في بكين · news.test · 30 Nov 2026');
  });

  it('calls an unnamed source by its description, not a made-up name', () => {
    const el = root();
    act(() => render(<Card subject={{ kind: 'person', person: source }} mention={0} quotes={[]} dark={false} rtl anchor={() => null}
      onPrev={() => {}} onNext={() => {}} onClose={() => {}} />, el));
    expect(el.querySelector('h2')!.textContent).toBe('A diplomatic source');
    expect(el.querySelector('.description')).toBeNull();
    expect(el.querySelector('.kind-tag')!.textContent).toBe('Unnamed source');
    expect(el.querySelector('.count')!.textContent).toBe('mention 1 of 1');
  });
});

describe('popup pieces', () => {
  it('puts each side in a column headed by its flag and English name, the head first', () => {
    const d: Delegation[] = [
      { side_ar: 'الجانب الروسي', side_en: 'Russia', country: 'RU', members: [
        { official_id: 'o3', name_ar: 'سيرغي لافروف', name_en: 'Sergey Lavrov', role_en: 'Minister of Foreign Affairs', role_ar: null, head: false },
        { official_id: 'o1', name_ar: 'فلاديمير بوتين', name_en: 'Vladimir Putin', role_en: 'President', role_ar: null, head: true },
      ] },
      { side_ar: 'الجانب الكوري الشمالي', side_en: 'North Korea', country: 'KP', members: [] },
    ];
    const el = root();
    act(() => render(<DelegationColumns delegations={d} onPick={() => {}} />, el));
    const sides = el.querySelectorAll('.side');
    expect(sides).toHaveLength(2);
    expect(sides[0]!.querySelector('h3')!.textContent).toContain('Russia');
    // Flags are small SVG files of the package, never emoji (which Windows shows as two letters).
    expect(sides[0]!.querySelector('h3 img.flag')!.getAttribute('src')).toBe('/flags/ru.svg');
    expect(sides[1]!.querySelector('h3 img.flag')!.getAttribute('src')).toBe('/flags/kp.svg');
    expect(el.textContent).not.toMatch(/\p{Regional_Indicator}/u);
    expect([...sides[0]!.querySelectorAll('.member .name')].map((n) => n.textContent)).toEqual(['Vladimir Putin head', 'Sergey Lavrov']);
  });
  it('groups quotes by speaker in order of first quote, one group per person whatever words name them', () => {
    const g = groupQuotesBySpeaker(analysisWith([
      quote('q1', 'Lavrov', 'o3'), quote('q2', 'Ministry of Foreign Affairs'), quote('q3', 'Sergey Lavrov', 'o3'),
      quote('q4', 'analyst', 'p1'), quote('q5', null), quote('q6', 'source', 'p2'),
    ]));
    expect(g.map((x) => [subjectTitle(x.speaker), x.speaker.kind, x.quotes.map((q) => q.id).join()])).toEqual([
      ['Sergey Lavrov', 'official', 'q1,q3'], ['Ministry of Foreign Affairs', 'speaker', 'q2'],
      ['Sami al-Hassan', 'person', 'q4'], ['Unknown speaker', 'speaker', 'q5'], ['A diplomatic source', 'person', 'q6'],
    ]);
  });
  it('shows each speaker with their role or description, people marked as not officials', () => {
    const el = root();
    const picked: string[] = [];
    act(() => render(<QuoteList analysis={analysisWith([quote('q1', 'Sergey Lavrov', 'o3'), quote('q2', 'Sami al-Hassan', 'p1')])}
      onPick={() => {}} onPickSpeaker={(id) => picked.push(id)} />, el));
    const heads = [...el.querySelectorAll('.speaker h4')].map((h) => h.textContent);
    expect(heads).toEqual(['Sergey Lavrov — Minister of Foreign Affairs (1)', 'Sami al-Hassan — political analyst · not an official (1)']);
    act(() => (el.querySelector('.speaker.person button.who') as HTMLButtonElement).click());
    expect(picked).toEqual(['p1']);
  });
  it('makes flags from ISO codes only', () => {
    expect(flagPath('KP')).toBe('/flags/kp.svg');
    expect(flagPath(null)).toBeNull();
    expect(flagPath('../x')).toBeNull();
    const el = root();
    act(() => render(<Flag code={null} />, el));
    expect(el.innerHTML).toBe('');
  });
  it('draws an inline flag from SVG markup as DOM nodes, and nothing from markup that is not a plain SVG', () => {
    const el = root();
    act(() => render(<InlineFlag code="ru" svg={'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><path fill="#fff" d="M0 0h4v1H0z"/></svg>'} />, el));
    expect(el.querySelector('span.flag svg path')!.getAttribute('fill')).toBe('#fff');
    act(() => render(<InlineFlag code="ru" svg={'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'} />, el));
    expect(el.querySelector('span.flag')!.childNodes).toHaveLength(0);
  });
});
