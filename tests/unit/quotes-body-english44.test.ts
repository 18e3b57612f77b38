import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { bodySpeakerEnglish, nationalMinistry } from '../../lib/quotes/body-english';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker_en);

describe('a body that speaks, in the English the news writes it', () => {
  it("a nation's foreign, interior or defence ministry names its portfolio before \"Ministry\"", () => {
    expect(nationalMinistry('Moroccan Ministry of Interior')).toBe('Moroccan Interior Ministry');
    expect(nationalMinistry('Saudi Ministry of Foreign Affairs')).toBe('Saudi Foreign Ministry');
    expect(nationalMinistry('British Ministry of Defense')).toBe('British Defense Ministry');
  });
  it('a ministry with no nation, or another portfolio, stays as it is', () => {
    expect(nationalMinistry('Ministry of Interior')).toBe('Ministry of Interior');
    expect(nationalMinistry('Congolese Ministry of Health')).toBe('Congolese Ministry of Health');
  });
  it("a body's spokesperson comes after the body, unless the body's name has an \"of\"", () => {
    expect(bodySpeakerEnglish('Spokesperson for the US State Department')).toBe('US State Department spokesperson');
    expect(bodySpeakerEnglish('Spokesperson for the Russian Ministry of Foreign Affairs')).toBe('Russian Foreign Ministry spokesperson');
    expect(bodySpeakerEnglish('Deputy spokesperson for the White House')).toBe('White House deputy spokesperson');
    expect(bodySpeakerEnglish('Spokesperson for the Office of the Prime Minister')).toBe('Spokesperson for the Office of the Prime Minister');
  });
  it('in a quote', () => {
    expect(speakers('وقالت وزارة الداخلية المغربية في بيان إن عدد المصابين بلغ ألف شخص.')).toEqual(['Moroccan Interior Ministry']);
    expect(speakers('وقال متحدث باسم الخارجية الأمريكية إن الوقت ليس في صالح أحد.')).toEqual(['US State Department spokesperson']);
  });
  it('an official speaks by name, whatever his office', () => {
    expect(speakers('وقال وزير الخارجية السعودي فيصل بن فرحان إن المملكة ترحب بالاتفاق.')).toEqual(['Faisal bin Farhan']);
  });
});
