import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const roleOf = (text: string, name: RegExp) => analyze(text).officials.find((o) => name.test(o.name_en))?.role_en;

// An officer's or diplomat's function given beside his rank wins over the rank once the title grammar knows its words:
// «معاون», the Levant's, Iraq's and Iran's word for an assistant (minister, chief, officer), heads an office as «مساعد»
// does; and Iraq's National Security Advisory («مستشارية الأمن الوطني/القومي») is a body an office is held in.
describe('«معاون» heads an office, as «مساعد» does', () => {
  it('gives the assistant minister his office, not the minister\'s', () => {
    // tests/heldout41/4221-sana-damascus-assad-aleinik.txt
    const text = 'وحضر المقابلة الدكتور فيصل المقداد وزير الخارجية والمغتربين والدكتور أيمن سوسان معاون وزير الخارجية والمغتربين، ومن الجانب البيلاروسي نائب وزير الخارجية يوري أمبرازيفيتش.';
    expect(roleOf(text, /Sousan/)).toBe('Assistant Minister of Foreign Affairs and Expatriates');
    expect(roleOf(text, /Mekdad/)).toBe('Minister of Foreign Affairs and Expatriates');
    // tests/heldout33/3012-al-arabiya-amman-syria-five-minister-meeting.txt (the office before the name)
    expect(roleOf('ووزير الخارجية والمغتربين السوري فيصل المقداد، يرافقه معاون وزير الخارجية أيمن سوسان.', /Sousan/)).toBe('Assistant Minister of Foreign Affairs');
  });
  it('gives the officer after his rank and name the function, not the rank', () => {
    // tests/heldout40/4120-sana-damascus-ibrahim-bagheri-military-talks.txt
    const text = 'وحضر المباحثات من الجانب الإيراني العميد عزيز نصير زاده نائب رئيس هيئة الأركان العامة، والعميد مهدي رباني معاون العمليات، والسفير الإيراني بدمشق حسين أكبري.';
    expect(roleOf(text, /Rebani|Rabbani/)).not.toBe('Brigadier General');
    expect(roleOf(text, /Rebani|Rabbani/)).toMatch(/Operations/);
  });
  it('is no office where it is the verbal noun, help', () => {
    expect(analyze('وتمت العملية بمعاونة الشرطة المحلية، وقال محمد علي إن الوضع هادئ.').officials.length).toBe(0);
  });
});

describe('the National Security Advisory is a body an office is held in', () => {
  it('gives the undersecretary there his office, not his rank', () => {
    // tests/heldout42/4321-sana-damascus-assad-araji.txt
    const text = 'وحضر اللقاء محمد حسين شريف الحجيمي القائم بالأعمال في سفارة جمهورية العراق بدمشق، والفريق سعد مهدي العلاق الوكيل في مستشارية الأمن الوطني العراقية.';
    expect(roleOf(text, /Al-Al/)).toBe('Undersecretary at the Iraqi National Security Advisory');
  });
  it('leaves a rank alone the role where no function is given', () => {
    expect(roleOf('وحضر اللقاء محمد حسين شريف الحجيمي القائم بالأعمال في سفارة جمهورية العراق بدمشق، والفريق سعد مهدي العلاق.', /Al-Al/)).toBe('Lieutenant General');
  });
});

describe('an office given with «new» between it and its complement', () => {
  it('gives the officer appointed the command, not his rank', () => {
    // tests/heldout42/4306-france-24-la-paz-zuniga-coup-attempt.txt
    const text = 'وبعد دقائق، أعلن آرسي في خطاب متلفز من القصر تعيين الجنرال خوسيه ويلسون سانشيز قائدا جديدا للجيش، داعيا الشعب البوليفي إلى "التعبئة ضد الانقلاب ودفاعا عن الديمقراطية".';
    expect(roleOf(text, /Sanchez/)).toBe('Commander of the Army');
  });
  it('leaves «new» after a noun that is no office alone', () => {
    expect(analyze('وقال محمد علي حسن إن عهدا جديدا للعلاقات بدأ.').officials.length).toBe(0);
  });
});

describe('a field of administration takes the adjectives that agree with it', () => {
  it('reads «العلاقات» with its adjectives, stacked in the English order, and the office wins over the rank', () => {
    // tests/heldout42/4320-petra-amman-huneiti-estonian-defence-chief.txt
    const text = 'وحضر اللقاء مدير العمليات والتدريب العميد الركن فراس علي الطراونة، ومدير العلاقات العسكرية الدولية، العقيد الركن رامي محمود العبادي.';
    expect(roleOf(text, /Abbadi/)).toBe('Director of International Military Relations');
  });
  it('gives a field joined by «و» its own agreeing adjective', () => {
    // tests/heldout30/3123-al-arabiya-khartoum-gibril-imf-mission.txt
    const text = 'وشارك في الاجتماع محمد الفاتح زين العابدين، محافظ بنك السودان المركزي، وآمنة أبكر، وكيلة وزارة المالية والتخطيط الاقتصادي، وعبد الرحمن عثمان.';
    expect(roleOf(text, /Abkar/)).toBe('Undersecretary of the Ministry of Finance and Economic Planning');
    // tests/heldout15/1614-youm7-cairo-azerbaijan-parliament.txt
    const text2 = 'وضم الوفد الأذربيجاني كلا من النائب سامد سيدوف، رئيس لجنة العلاقات الدولية والعلاقات البرلمانية، والنائبة غنيرة باشاييفا.';
    expect(roleOf(text2, /Sedov|Seyidov/)).toBe('Chairman of the International Relations and Parliamentary Relations Committee');
  });
  it('leaves the body its adjective that does not agree with the field', () => {
    // tests/heldout30/3122-sky-news-arabia-khartoum-sisi-bashir-summit.txt
    const text = 'وحضر القمة رئيس الوزراء معتز موسى، ووزير الخارجية الدرديري محمد أحمد، ومدير جهاز الأمن والمخابرات الوطني الفريق أول صلاح عبد الله قوش.';
    expect(roleOf(text, /Gosh/)).toBe('Director of the National Security and Intelligence Service');
  });
});

describe('an officer\'s office set off by a comma before his rank', () => {
  // tests/heldout42/4320-petra-amman-huneiti-estonian-defence-chief.txt
  const text = 'فيما حضره من الجانب الإستوني الملحق العسكري غير المقيم، العقيد أندريس ساروفاسك، وقائد المكون البري في قوات الدفاع الإستونية، العميد ماريك ميتسو.';
  it('reads a non-resident attaché as a non-resident ambassador is read', () => {
    expect(roleOf(text, /Sarovask|Saarvask/)).toBe('Non-Resident Military Attaché');
  });
  it('reads an army\'s land component as a body its commander heads', () => {
    expect(roleOf(text, /Mits/)).toBe('Commander of the Land Component at the Estonian Defense Forces');
  });
  it('leaves a bare rank the role where no office comes before it', () => {
    expect(roleOf('فيما حضره من الجانب الإستوني العقيد أندريس ساروفاسك، والعميد ماريك ميتسو.', /Mits/)).toBe('Brigadier General');
  });
});
