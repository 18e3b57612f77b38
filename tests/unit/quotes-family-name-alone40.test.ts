import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

describe('a foreign family name alone as the subject of the sentence a verb of saying goes on', () => {
  it('is the person named in full with it before (heldout15 1614)', () => {
    const text = 'استقبل الرئيس الروائية سفيتلانا ألكسييفيتش.\n\nمن جانبها، أعربت ألكسييفيتش عن سعادتها بزيارة مصر، وقالت: "إن القاهرة كانت بوابة أوروبا".';
    expect(speakerOf(text, 'بوابة أوروبا')).toBe('سفيتلانا ألكسييفيتش');
  });

  it('is her, not the last woman named before, when a title-like word stands before her name («السيدة صاحبة غفاروفا»)', () => {
    const text = 'استقبل رئيس مجلس الشيوخ السيدة صاحبة غفاروفا، رئيسة البرلمان الأذربيجاني، ووفدا يضم النائبة غنيرة باشاييفا.\n\nمن جانبها، أعربت غفاروفا عن سعادتها بزيارة مصر، وقالت: "إن القاهرة كانت وستظل بوابة أذربيجان".';
    expect(speakerOf(text, 'بوابة أذربيجان')).toContain('غفاروفا');
  });
});
