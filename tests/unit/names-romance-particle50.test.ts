import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a name word the stop list also holds («لولا») before a Portuguese or Spanish particle («دا سيلفا»)', () => {
  it('reads the whole name after a title, not two officials', () => {
    expect(officials('تلقى الأمير اتصالا هاتفيا من فخامة الرئيس لويس إيناسيو لولا دا سيلفا رئيس جمهورية البرازيل.')).toEqual(['لويس إيناسيو لولا دا سيلفا']);
    expect(officials('وشارك مسؤولون في الوفد المرافق لفخامة الرئيس لويس إيناسيو لولا دا سيلفا.')).toEqual(['لويس إيناسيو لولا دا سيلفا']);
  });
  it('keeps «لولا» the particle where no surname particle follows', () => {
    expect(officials('وقال الوزير: لولا دعم الشعب لما نجحنا.')).not.toContain('لولا دعم');
  });
});

describe('«الصديقة»/«الشقيقة» closing a title after the country is no name', () => {
  it('keeps the title for the name before it after an honorific', () => {
    // WAM (heldout19 2020), with the name changed.
    expect(officials('استقبل الشيخ محمد اليوم فخامة جون سميث رئيس جمهورية غانا الصديقة الذي يزور البلاد.')).toContain('جون سميث');
    expect(officials('استقبل الشيخ محمد اليوم فخامة لويس إيناسيو لولا دا سيلفا رئيس جمهورية البرازيل الاتحادية الصديقة الذي يقوم بزيارة دولة.')).toContain('لويس إيناسيو لولا دا سيلفا');
  });
  it('still reads a name after the epithet', () => {
    expect(officials('بحث الوزير مع وزير خارجية الجمهورية التركية الصديقة هاكان فيدان العلاقات.')).toContain('هاكان فيدان');
  });
  it('leaves the given name «الصديق» after a country to the name', () => {
    expect(officials('وقال محافظ مصرف ليبيا الصديق الكبير إن الاحتياطي مستقر.')).toContain('الصديق الكبير');
  });
});

describe('a Brazilian named by the word before the particle of his last surname', () => {
  it('links «الرئيس لولا» to «لويس إيناسيو لولا دا سيلفا»', () => {
    const r = analyze('استقبل الشيخ محمد اليوم فخامة لويس إيناسيو لولا دا سيلفا رئيس جمهورية البرازيل.\nمن جانبه، أعرب الرئيس لولا عن سعادته بزيارة دولة الإمارات.');
    expect(r.officials.map((o) => o.name_ar)).toEqual(['لويس إيناسيو لولا دا سيلفا']);
    expect(r.quotes[0]?.speaker_ar).toBe('لويس إيناسيو لولا دا سيلفا');
  });
});
