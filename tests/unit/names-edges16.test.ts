import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a sound plural with the article after a whole name', () => {
  it('is the object of the verb, not a family name', () => {
    expect(names('وحثت الممثلة الخاصة للأمين العام إيلينا كوفاتشيفا الحكومات الأفريقية على التعاون.')).toContain('إيلينا كوفاتشيفا');
    expect(names('ودعا المفوض الأوروبي يوهانس هان السلطات الصربية إلى الحوار.')).toContain('يوهانس هان');
    expect(names('وطالب وزير الداخلية التشيكي ميلان شوفانيتس المواطنين بالهدوء.')).toContain('ميلان شوفانيتس');
  });

  it('keeps a family name with the article that ends like a plural', () => {
    expect(names('وقال وزير الخارجية محمد الحسين إن الوفد وصل.')).toContain('محمد الحسين');
  });
});

describe('the name a speaker goes by («ويدعى X»)', () => {
  it('ends before the channel the speaker talked to', () => {
    const a = analyze('وقال أحد المزارعين ويدعى خوسيه ماماني لوكالة فرانس برس إن المحصول ضاع.');
    expect(a.quotes[0]?.speaker_ar).toBe('خوسيه ماماني');
    const b = analyze('وقالت إحدى المتظاهرات وتدعى نادية حمدي للجزيرة نت إن الشرطة أغلقت الطريق.');
    expect(b.quotes[0]?.speaker_ar).toBe('نادية حمدي');
    const c = analyze('وقال سائق ويدعى أبو سامر للصحفيين إن الطريق مغلقة منذ الصباح.');
    expect(c.quotes[0]?.speaker_ar).toBe('أبو سامر');
  });
});

describe('a subject named after a longer form of its title', () => {
  it('speaks as the official named after the title, in apposition or not', () => {
    const a = analyze('وانتقدت المفوضة السامية للأمم المتحدة لحقوق الإنسان، ميشيل باشليه، القانون الجديد، وقالت إنه «يقوض الحريات».');
    expect(a.quotes[0]?.speaker_en).toBe('Michelle Bachelet');
    const b = analyze('ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالاتفاق، وقال إنه «خطوة شجاعة».');
    expect(b.quotes[0]?.speaker_en).toBe('António Guterres');
  });

});
