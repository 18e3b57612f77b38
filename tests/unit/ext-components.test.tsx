// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, placeCard } from '@/components/Card';
import { DelegationColumns } from '@/components/Delegations';
import { groupQuotes } from '@/components/Officials';
import { flagEmoji } from '@/components/country';
import type { Delegation, Official, Quote } from '@/lib/types';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => (document.body.innerHTML = ''));

const lavrov: Official = {
  id: 'o3', name_ar: 'سيرغي لافروف', name_en: 'Sergey Lavrov', role_ar: 'وزير الخارجية', role_en: 'Minister of Foreign Affairs',
  country: 'RU', mentions: [[10, 15], [40, 45], [90, 95]], evidence: 'وزير الخارجية سيرغي لافروف', known: true,
};
const quote = (id: string, speaker_en: string | null, speaker_id: string | null = null): Quote => ({
  id, text: 'نص', kind: 'direct', speaker_ar: null, speaker_en, speaker_id, start: 0, end: 2,
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
        <Card official={lavrov} mention={1} quotes={[quote('q1', 'Sergey Lavrov', 'o3')]} dark={false} rtl
          anchor={() => null} onPrev={() => {}} onNext={onNext} onClose={() => {}} />,
        el,
      ),
    );
    const card = el.querySelector('.card')!;
    expect(card.getAttribute('dir')).toBe('ltr');
    expect(card.querySelector('h2')!.textContent).toBe('Sergey Lavrov');
    expect(card.querySelector('.role')!.textContent).toBe('Minister of Foreign Affairs');
    expect(card.querySelector('.country')!.textContent).toBe('🇷🇺 Russia');
    expect(card.querySelector('.arabic bdi')!.getAttribute('dir')).toBe('rtl');
    expect(card.querySelector('.count')!.textContent).toBe('mention 2 of 3');
    expect(card.querySelectorAll('.quotes li')).toHaveLength(1);
    act(() => (card.querySelector('button.next') as HTMLButtonElement).click());
    expect(onNext).toHaveBeenCalledOnce();
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
    expect(sides[0]!.querySelector('h3')!.textContent).toContain('🇷🇺 Russia');
    expect([...sides[0]!.querySelectorAll('.member .name')].map((n) => n.textContent)).toEqual(['Vladimir Putin head', 'Sergey Lavrov']);
  });
  it('groups quotes by speaker in order of first quote', () => {
    const g = groupQuotes([quote('q1', 'A'), quote('q2', 'B'), quote('q3', 'A'), quote('q4', null)]);
    expect(g.map((x) => [x.speaker, x.quotes.length])).toEqual([['A', 2], ['B', 1], ['Unknown speaker', 1]]);
  });
  it('makes flags from ISO codes only', () => {
    expect(flagEmoji('kp')).toBe('🇰🇵');
    expect(flagEmoji(null)).toBe('');
    expect(flagEmoji('XXX')).toBe('');
  });
});
