import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test (round 56): members put on the wrong side or on none.

describe('findDelegations: a delegation whose body or head has a long name still has its head', () => {
  it('reads the head after a body named in ten words («وفدا عن مجموعة … بمجلس النواب البرتغالي، برئاسة X، يضم A وB»)', () => {
    const text = [
      'الرباط - استقبل رئيس مجلس المستشارين النعم ميارة، اليوم الخميس بمقر المجلس، وفدا عن مجموعة الصداقة البرلمانية البرتغالية المغربية بمجلس النواب البرتغالي، برئاسة النائب جواو باولو سيلفا، يضم في عضويته النائبتين آنا سانتوس وماريا فيريرا.',
      'وتناول اللقاء سبل تعزيز التعاون البرلماني بين البلدين.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'آنا سانتوس')).toBe('Portugal');
    expect(sideOf(found, 'ماريا فيريرا')).toBe('Portugal');
  });

  it('reads the head after a title of ten words («ويرأس وفد الحكومة مستشار رئيس الوزراء لشؤون الأمن القومي X، ويضم A»)', () => {
    const text = [
      'نيروبي - بدأت اليوم في العاصمة الكينية نيروبي محادثات سلام بين الحكومة الصومالية وحركة الشباب المعارضة، برعاية الهيئة الحكومية للتنمية.',
      'ويرأس وفد الحكومة الصومالية مستشار رئيس الوزراء لشؤون الأمن القومي حسين معلم، ويضم وزير الداخلية أحمد فقي، ورئيس أركان الجيش الفريق عبدي حسن.',
      'وأكد معلم أن حكومته جاءت إلى نيروبي بإرادة جادة.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'أحمد فقي')).toBe(sideOf(found, 'حسين معلم'));
    expect(sideOf(found, 'عبدي حسن')).toBe(sideOf(found, 'حسين معلم'));
  });
});

describe('findDelegations: the guest\'s own embassy at a reception\'s tail is no side for the welcomers', () => {
  it('keeps the host\'s ministers on the host\'s side («…، وعدد من أعضاء السفارة الأردنية»)', () => {
    const text = [
      'الرباط - وصل رئيس الوزراء الأردني بشر الخصاونة إلى الرباط مساء اليوم في زيارة رسمية للمغرب تستغرق يومين.',
      'وكان في استقباله لدى وصوله إلى مطار الرباط سلا عزيز أخنوش رئيس الحكومة، وناصر بوريطة وزير الشؤون الخارجية، وسفير الأردن لدى الرباط جمال الشمايلة، وعدد من أعضاء السفارة الأردنية.',
      'ويرافق الخصاونة في زيارته وفد يضم وزير الخارجية أيمن الصفدي.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'عزيز أخنوش')).toBe('Morocco');
    expect(sideOf(found, 'ناصر بوريطة')).toBe('Morocco');
    expect(sideOf(found, 'بشر الخصاونة')).toBe('Jordan');
  });
});

describe('findDelegations: Libya\'s «المجلس الأعلى للدولة» is the High Council of State', () => {
  it('names the council\'s delegation as a side in English', () => {
    const text = [
      'تونس - انطلقت اليوم في تونس جولة جديدة من الحوار بين وفدي مجلس النواب الليبي والمجلس الأعلى للدولة، برعاية تونسية.',
      'ويترأس وفد مجلس النواب النائب الأول لرئيس المجلس فوزي النويري، ويضم في عضويته النائبين علي التكبالي وزياد دغيم.',
      'أما وفد المجلس الأعلى للدولة فيترأسه النائب الأول لرئيس المجلس ناجي مختار، ويضم الأعضاء عادل كرموس وسعد بن شرادة.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'ناجي مختار')).toBe('High Council of State');
    expect(Object.keys(found)).not.toContain('Supreme Council of the State');
  });
});

describe('findDelegations: a sentence opened as another matter, with or without its «و»', () => {
  for (const opener of ['وفي سياق آخر', 'في سياق آخر', 'على صعيد آخر']) {
    it(`leaves the call told after «${opener}» out of the meeting`, () => {
      const text = [
        'عمان - استقبل وزير الخارجية الأردني أيمن الصفدي، اليوم، وزير الخارجية الإيطالي أنطونيو تاياني، وبحث الجانبان العلاقات الثنائية والأوضاع في المنطقة.',
        `${opener}، تلقى الصفدي اتصالا هاتفيا من وزيرة الخارجية الألمانية أنالينا بيربوك، تناول التطورات الإقليمية.`,
      ].join('\n\n');
      const found = sides(text);
      expect(sideOf(found, 'أنطونيو تاياني')).toBe('Italy');
      expect(sideOf(found, 'أنالينا بيربوك')).toBeUndefined();
    });
  }
});
