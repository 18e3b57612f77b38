import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials.map((o) => o.name_ar);
const people = (text: string) => analyze(text).people.map((p) => p.name_ar);

describe('an officer the press asks for comment as an expert or a thinker is no official', () => {
  it('reads «العميد المتقاعد والخبير العسكري X» as a commentator', () => {
    // Al Diyar (heldout18 1924, heldout19 2018).
    const text = 'وفي قراءة للزيارة، اعتبر العميد المتقاعد والخبير العسكري خليل الحلو في حديث لـ«الديار» أن «الرسالة الأوروبية واضحة».';
    expect(officials(text)).not.toContain('خليل الحلو');
    expect(people(text)).toContain('خليل الحلو');
  });
  it('reads «اللواء X المفكر الاستراتيجي» and «العقيد X، المحلل العسكري،» as commentators', () => {
    // Youm7 (heldout19 2024).
    expect(officials('وفي تصريحات للصحيفة، قال اللواء سمير فرج المفكر الاستراتيجي إن التقارب العسكري مهم.')).not.toContain('سمير فرج');
    expect(officials('وقال العقيد رامي خليل، المحلل العسكري، إن الهجوم كان متوقعا.')).not.toContain('رامي خليل');
  });
  it('keeps an officer with an office, a bare retired rank and a senator who is described', () => {
    expect(officials('وقال اللواء سمير فرج مدير الشؤون المعنوية إن التقارب مهم.')).toContain('سمير فرج');
    expect(officials('وقال العميد المتقاعد وهبي قاطيشا إن واشنطن تسعى إلى شراء الوقت.')).toContain('وهبي قاطيشا');
    expect(officials('وقالت السيناتورة المعتقلة ليلى دي ليما إن المحاكمة ظالمة.')).toContain('ليلى دي ليما');
  });
});

describe('an officer who is an expert and holds or held an office too', () => {
  it('keeps «النائب السابق والخبير في الشؤون الاستراتيجية العميد المتقاعد X» an official', () => {
    // Al Diyar (heldout17 1823).
    const text = 'ويقول النائب السابق والخبير في الشؤون الاستراتيجية العميد المتقاعد وهبي قاطيشا ان «واشنطن تسعى الى شراء الوقت».';
    expect(officials(text)).toContain('وهبي قاطيشا');
  });
});
