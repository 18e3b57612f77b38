import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('a field in the construct joined by «و» to a department\'s field', () => {
  it('keeps the second field and the ministry after it', () => {
    const o = officialOf('وقال مدير إدارة الطوارئ ومكافحة الأوبئة بوزارة الصحة، سامي خليل، إن الفرق رصدت حالات جديدة.', 'سامي خليل');
    expect(o?.role_en).toBe('Director of the Emergency and Epidemic Control Department at the Ministry of Health');
  });
});

describe('fields of a foreign ministry\'s directorates', () => {
  it('reads bilateral relations after a director general', () => {
    expect(officialOf('وحضر اللقاء المدير العام للعلاقات الثنائية كريم بناني.', 'كريم بناني')?.role_en).toBe('Director General of Bilateral Relations');
  });
  it('reads a diplomacy after a minister\'s assistant, not a diplomat holding a title of his own', () => {
    const o = officialOf('وحضر الاجتماع مساعد وزير الخارجية للدبلوماسية الاقتصادية رضا كريمي.', 'رضا كريمي');
    expect(o?.role_ar).toBe('مساعد وزير الخارجية للدبلوماسية الاقتصادية');
    expect(o?.role_en).toMatch(/for Economic Diplomacy$/);
  });
});

describe('the mayor of a town under its municipality\'s own name', () => {
  it('makes the «أمين» of a Saudi province or governorate its mayor', () => {
    expect(officialOf('واستقبله أمين محافظة الطائف المهندس عبدالله الزايدي في مقر الأمانة.', 'عبدالله الزايدي')?.role_en).toBe('Mayor of Taif');
  });
  it('makes the head of a Moroccan commune its mayor', () => {
    expect(officialOf('وقال رئيس جماعة الرباط محمد العلوي إن المدينة ستوسع شبكة النقل.', 'محمد العلوي')?.role_en).toBe('Mayor of Rabat');
  });
  it('leaves the leader of a group that is no town', () => {
    expect(officialOf('وقال رئيس جماعة الإخوان المسلمين محمد بديع إن الجماعة ترفض القرار.', 'محمد بديع')?.role_en).not.toMatch(/Mayor/);
  });
});

describe('UN agencies and missions by the names the press gives them, in quotation marks or not', () => {
  it('reads the peacekeeping force in marks before a rank', () => {
    expect(officialOf('وقال قائد «يونيفيل» الجنرال ماركو بيرتي إن الوضع على الحدود هادئ.', 'ماركو بيرتي')?.role_en).toBe('Commander of UNIFIL');
  });
  it('reads another spelling of an agency\'s acronym', () => {
    expect(officialOf('وقال ممثل اليونيسيف في اليمن بيتر هوكينز إن الأطفال يدفعون الثمن.', 'بيتر هوكينز')?.role_en).toMatch(/UNICEF/);
  });
});

describe('a bare office with its nationality, then another state\'s office', () => {
  it('is two people: the name takes only the office next to it', () => {
    const o = officialOf('واستقبل الرئيس التونسي وزير الخارجية الإيطالي ماركو فيرّي في قصر قرطاج.', 'ماركو فيرّي');
    expect(o?.role_ar).toBe('وزير الخارجية الإيطالي');
    expect(o?.role_en).not.toMatch(/Tunisian/);
  });
});

describe('«الإنماء» is a field (development)', () => {
  it('names a council of development and reconstruction', () => {
    expect(officialOf('وقال رئيس مجلس الإنماء والإعمار سمير خوري إن المشروع سيستكمل.', 'سمير خوري')?.role_en).toBe('Chairman of the Development and Reconstruction Council');
  });
});

describe('an international body in quotation marks after «لدى» or before a tail', () => {
  it('is the place an office is accredited to', () => {
    const o = officialOf('وشدد منسق الحكومة اللبنانية لدى «يونيفيل» العميد الركن سامي نصر على أن الخروقات مستمرة.', 'سامي نصر');
    expect(o?.role_en).toBe('Coordinator of the Lebanese Government to UNIFIL');
  });
  it('lets the tail after the closing mark into the role', () => {
    expect(officialOf('وقالت ممثلة «يونيسيف» في اليمن، سارة بيسولو، إن الأطفال يدفعون الثمن.', 'سارة بيسولو')?.role_en).toBe('Representative of UNICEF in Yemen');
  });
});

describe('a ministry\'s numbered department', () => {
  it('keeps the ordinal after the department\'s region', () => {
    expect(officialOf('وحضر المحادثات مدير إدارة أوروبا الثالثة في الخارجية الروسية إيغور نيكولاييف.', 'إيغور نيكولاييف')?.role_en).toBe('Director of the Third Europe Department at the Russian Ministry of Foreign Affairs');
  });
  it('keeps it after a bare department, and reads the Commonwealth of Independent States as a body', () => {
    expect(officialOf('وحضر مدير الإدارة الأولى لرابطة الدول المستقلة إيغور نيكولاييف.', 'إيغور نيكولاييف')?.role_en).toBe('Director of the First Commonwealth of Independent States Department');
  });
});

describe('a «فريق» named by a party in a chamber', () => {
  it('is the party\'s parliamentary group', () => {
    expect(officialOf('وقال عبد الله بوانو، رئيس فريق العدالة والتنمية بمجلس النواب، إن الحكومة تأخرت.', 'عبد الله بوانو')?.role_en).toMatch(/^Head of the Justice and Development Parliamentary Group\b/);
  });
  it('but a team named by its task stays a team', () => {
    expect(officialOf('وقال رئيس فريق العمل بمجلس النواب سعيد بنعلي إن التقرير جاهز.', 'سعيد بنعلي')?.role_en).not.toMatch(/Parliamentary Group/);
  });
});

describe('the chief of a country\'s judges', () => {
  it('is its Chief Justice, not a bare President', () => {
    expect(officialOf('وأشار إلى أن المحكمة العليا برئاسة رئيس القضاة محمد رفيق ستنظر في الطعن الأحد.', 'محمد رفيق')?.role_en).toBe('Chief Justice');
  });
});
