import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test. Three forms of naming a side's members that were read as no one's or the other side's:
// an agreement named in full, a comma, then «عن الجانب X» before its signer; a delegation led with «فيرأسه»/«يرأسها»
// (the verb of leading with its pronoun); and one who comes «برفقة» the head of the second delegation of a sentence.
describe('findDelegations: signers after an agreement and a comma, «فيرأسه», «برفقة» after a second head', () => {
  it('seats each signer named after «، عن الجانب …» past the agreement\'s full name', () => {
    const text = [
      'الكويت والمغرب توقعان ثلاث مذكرات تفاهم',
      'الكويت في 4 مارس /كونا/ شهد سمو رئيس مجلس الوزراء الشيخ أحمد النواف ورئيس الحكومة المغربية عزيز أخنوش اليوم توقيع ثلاث مذكرات تفاهم بين حكومتي البلدين.',
      'ووقع مذكرة تفاهم للتعاون في مجال الشباب والرياضة، عن الجانب الكويتي الوزير عبدالرحمن المطيري وزير الإعلام، وعن الجانب المغربي الوزير محمد المهدي بنسعيد وزير الشباب والثقافة.',
      'ووقع مذكرة تفاهم بشأن التعاون بين المعهدين الدبلوماسيين في البلدين، عن الجانب الكويتي السفير سامي الحمد مساعد وزير الخارجية، وعن الجانب المغربي السفير فؤاد أخريف سفير المغرب لدى الكويت.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'عبدالرحمن المطيري')).toBe('Kuwait');
    expect(sideOf(found, 'محمد المهدي بنسعيد')).toBe('Morocco');
    expect(sideOf(found, 'سامي الحمد')).toBe('Kuwait');
    expect(sideOf(found, 'فؤاد أخريف')).toBe('Morocco');
  });

  it('seats the signer of «وقعها معالي X وزير …» and the other side\'s signer named after him', () => {
    const text = [
      'الإمارات والمجر توقعان اتفاقيات للتعاون',
      'بودابست في 5 مايو / وام / شهد صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، وفخامة فيكتور أوربان رئيس وزراء المجر، اليوم تبادل عدد من الاتفاقيات بين البلدين.',
      'وشملت الاتفاقيات مذكرة تفاهم في مجال الأمن الغذائي، وقعها معالي الدكتور خليفة بن سيف الشامسي وزير دولة للأمن الغذائي، ومن الجانب المجري وزير الزراعة المجري إستفان ناجي.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'خليفة بن سيف الشامسي')).toBe('United Arab Emirates');
    expect(sideOf(found, 'إستفان ناجي')).toBe('Hungary');
  });

  it('reads «أما وفد الحركة فيرأسه X، ويضم Y» as the movement\'s delegation', () => {
    const text = [
      'انطلاق محادثات السلام بين الحكومة السودانية والحركة الشعبية في جوبا',
      'جوبا - انطلقت اليوم في جوبا جولة محادثات بين الحكومة السودانية والحركة الشعبية لتحرير السودان-شمال بوساطة من جنوب السودان.',
      'ويرأس وفد الحكومة عضو مجلس السيادة شمس الدين كباشي، ويضم وزير العدل نصر الدين عبد الباري.',
      'أما وفد الحركة الشعبية لتحرير السودان-شمال فيرأسه الأمين العام للحركة عمار أمون، ويضم القائد الميداني جقود مكوار.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'جقود مكوار')).toBe(sideOf(found, 'عمار أمون'));
    expect(sideOf(found, 'جقود مكوار')).not.toBe(sideOf(found, 'شمس الدين كباشي'));
  });

  it('puts one «برفقة» the second head of a sentence with that head, not with the first', () => {
    const text = [
      'انطلاق محادثات السلام بين الحكومة السودانية والحركة الشعبية في جوبا',
      'جوبا - انطلقت اليوم في جوبا جولة محادثات بين الحكومة السودانية والحركة الشعبية لتحرير السودان-شمال بوساطة من جنوب السودان.',
      'وترأس وفد الحكومة الفريق شمس الدين كباشي، ويضم وزير العدل نصر الدين عبد الباري، فيما ترأس وفد الحركة الأمين العام للحركة عمار أمون، برفقة القائد الميداني جقود مكوار.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'جقود مكوار')).toBe(sideOf(found, 'عمار أمون'));
  });
});
