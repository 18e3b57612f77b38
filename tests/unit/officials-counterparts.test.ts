import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

// «ونظيره/ونظيرتها + nationality + NAME»: the counterpart holds the office of the one named before, for another country
// (asked for by the delegation lists, issue 12). Sentences written for the test.
const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('counterparts', () => {
  it('reads «ونظيرتها الكينية NAME» (the feminine with a feminine possessive) as a counterpart', () => {
    const text = 'التقت وزيرة التجارة الغانية أما سارفو في أكرا اليوم ونظيرتها الكينية روث واتيتو.';
    const o = byName(text, 'روث واتيتو');
    expect(o?.country).toBe('KE');
    expect(o?.role_en).toMatch(/Minister of (?:Trade|Commerce)/);
  });
  it('reads the counterpart of a prime minister, whose office has a nationality but no complement', () => {
    const text = 'التقى رئيس الوزراء الغاني كوفي منساه اليوم ونظيره الكيني بيتر أوتينو في نيروبي.';
    const o = byName(text, 'بيتر أوتينو');
    expect(o?.country).toBe('KE');
    expect(o?.role_en).toMatch(/Prime Minister/);
  });
});

describe('hashtags in the body', () => {
  it('reads a title through a hashtag’s marks («وزير خارجية #غانا، X»، «#بيتر_أوتينو»)', () => {
    const text = 'ووصل وزير خارجية #غانا، ياو أدجي، إلى نيروبي للقاء الرئيس الكيني #بيتر_أوتينو.';
    expect(byName(text, 'ياو أدجي')?.country).toBe('GH');
    expect(byName(text, 'بيتر أوتينو')?.country).toBe('KE');
  });
});

describe('the counterpart’s office', () => {
  it('takes the office without the other one’s country («وزير خارجية غانا X … نظيرته الكينية Y»)', () => {
    const text = 'وصل وزير خارجية غانا ياو أدجي إلى نيروبي لإجراء محادثات مع نظيرته الكينية روث واتيتو.';
    const o = byName(text, 'روث واتيتو');
    expect(o?.country).toBe('KE');
    expect(o?.role_en).not.toMatch(/Ghana/);
    expect(o?.role_en).toMatch(/Minister of Foreign Affairs/);
  });
});
