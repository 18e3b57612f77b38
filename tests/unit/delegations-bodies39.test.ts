import { describe, expect, it } from 'vitest';
import { official, sideOf, sides } from './helpers/delegations';
import { buildContext } from '@/lib/delegations/context';
import { findLists } from '@/lib/delegations/lists';

// Round 39, delegations: those present «من جانب المنظمة/الوكالة» for an international body the meeting party heads (a
// list of its own, or the second part of the host's list after «، ومن جانب المنظمة»); «لحضرة صاحب الجلالة» is no list
// of those present; a body named by two nationalities («مجموعة الصداقة البرلمانية البريطانية البحرينية») is the first's.

describe('«من جانب المنظمة»: the body the meeting party heads', () => {
  // Written for the test (Youm7's style).
  it('cuts the host\'s list where «ومن جانب المنظمة» opens the guest body\'s part', () => {
    const text =
      'استقبل الدكتور خالد عبد الغفار وزير الصحة والسكان، اليوم، الدكتورة حنان بلخي المدير الإقليمي لمنظمة الصحة العالمية لإقليم شرق المتوسط، لبحث ملفات التعاون المشترك.\n\n' +
      'وأكد الوزير أن "مصر حريصة على التعاون مع المنظمة".\n\n' +
      'حضر اللقاء من الجانب المصري الدكتورة عبلة الألفي نائب وزير الصحة والسكان، والدكتور محمد الطيب مساعد الوزير للشؤون الفنية، ومن جانب المنظمة الدكتورة نعيمة القصير ممثل منظمة الصحة العالمية في مصر، والدكتور ريتشارد برينان مدير برنامج الطوارئ الصحية في الإقليم.';
    const found = sides(text);
    const who = sideOf(found, 'حنان بلخي');
    expect(who).toBeDefined();
    expect(sideOf(found, 'نعيمة القصير')).toBe(who);
    expect(sideOf(found, 'ريتشارد برينان')).toBe(who);
    expect(sideOf(found, 'عبلة الألفي')).toBe(sideOf(found, 'خالد عبد الغفار'));
    expect(sideOf(found, 'عبلة الألفي')).not.toBe(who);
  });

  // Written for the test (QNA's style).
  it('gives «فيما حضره من جانب الوكالة» to the agency\'s head', () => {
    const text =
      'الدوحة في 12 مارس /قنا/ اجتمعت سعادة السيدة لولوة بنت راشد الخاطر وزير الدولة للتعاون الدولي، اليوم، مع سعادة السيد فيليب لازاريني المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى /الأونروا/، والوفد المرافق له.\n\n' +
      'حضر الاجتماع من الجانب القطري سعادة السيد فهد بن حمد السليطي المدير العام لصندوق قطر للتنمية، فيما حضره من جانب الوكالة السيدة ناتالي بوكلي نائب المفوض العام، والسيدة تمارا الرفاعي مدير العلاقات الخارجية والاتصال.';
    const found = sides(text);
    const agency = sideOf(found, 'فيليب لازاريني');
    expect(agency).toBeDefined();
    expect(sideOf(found, 'ناتالي بوكلي')).toBe(agency);
    expect(sideOf(found, 'تمارا الرفاعي')).toBe(agency);
    expect(sideOf(found, 'فهد بن حمد السليطي')).toBe(sideOf(found, 'لولوة بنت راشد الخاطر'));
  });

  it('keeps «ومن جانب البنك المركزي» (another body, not the guest\'s by its short name) out of the guest\'s side', () => {
    const text =
      'استقبل وزير المالية خالد الشريف، اليوم، السيدة كريستالينا جورجيفا المديرة العامة لصندوق النقد الدولي.\n\n' +
      'حضر اللقاء من الجانب الأردني الأمين العام للوزارة سامر النمري، ومن جانب البنك المركزي المحافظ عادل الشركس.';
    const found = sides(text);
    expect(sideOf(found, 'عادل الشركس')).not.toBe(sideOf(found, 'كريستالينا جورجيفا'));
  });
});

describe('«لحضرة صاحب الجلالة»: an honorific, not a list of those present', () => {
  // Written for the test (BNA's style).
  it('opens no list at «لحضرة»', () => {
    const text =
      'وأكد رئيس مجلس النواب أحمد بن سلمان المسلم أن العلاقات تشهد في ظل العهد الزاهر لحضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة ملك البلاد المعظم تطورا مستمرا.';
    const officials = [official(text, 'أحمد بن سلمان المسلم', 'Ahmed Al-Musallam', 'BH'), official(text, 'حمد بن عيسى آل خليفة', 'Hamad bin Isa Al Khalifa', 'BH')];
    expect(findLists(buildContext(text, officials), null, new Set())).toEqual([]);
  });
});

describe('a body named by two nationalities is the first one\'s', () => {
  // Written for the test (BNA's style).
  it('seats the head of the British–Bahraini friendship group with the British', () => {
    const text =
      'المنامة في 14 فبراير / بنا / استقبل معالي السيد أحمد بن سلمان المسلم رئيس مجلس النواب، بمكتبه اليوم، وفد مجموعة الصداقة البرلمانية البريطانية البحرينية في مجلسي العموم واللوردات برئاسة سعادة النائب بوب ستيوارت رئيس المجموعة.\n\n' +
      'وضم الوفد البريطاني البارونة إيما نيكلسون عضو مجلس اللوردات.\n\n' +
      'وحضر اللقاء من الجانب البحريني سعادة السيد عبدالنبي سلمان النائب الأول لرئيس مجلس النواب.';
    const found = sides(text);
    expect(sideOf(found, 'بوب ستيوارت')).toBe('United Kingdom');
    expect(sideOf(found, 'أحمد بن سلمان المسلم')).toBe('Bahrain');
  });
});
