import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 104, delegation members missed: a list of the UN organisation a delegation accompanies («للمسؤول الأممي»), and
// signers after an agreement whose subject a comma sets off.

// tests/heldout43/4423-tap-tunis-zahi-ilo-houngbo.txt (TAP's style).
const ILO =
  'تونس 22 مارس (وات) - استقبل وزير الشؤون الاجتماعية، مالك الزاهي، اليوم الجمعة بمقر الوزارة، المدير العام لمنظمة العمل الدولية، جيلبير فوسون هونغبو، والوفد المرافق له، في إطار زيارة عمل يؤديها إلى تونس تستغرق يومين.\n\n' +
  'وضم الوفد المرافق للمسؤول الأممي كلا من المديرة الإقليمية لمنظمة العمل الدولية للدول العربية، ربا جرادات، ومدير مكتب المنظمة لبلدان شمال إفريقيا بالقاهرة، إريك أوشلان، والمستشار الإقليمي المكلف بالحماية الاجتماعية، مهدي بن براهيم.';

describe('unSystemBody: «الوفد المرافق للمسؤول الأممي» when he heads a UN organisation', () => {
  it("seats the accompanying delegation on the organisation's side, not the UN's", () => {
    const found = sides(ILO);
    expect(sideOf(found, 'جيلبير فوسون هونغبو')).toBe('International Labour Organization');
    expect(sideOf(found, 'إريك أوشلان')).toBe('International Labour Organization');
    expect(sideOf(found, 'مهدي بن براهيم')).toBe('International Labour Organization');
    expect(sideOf(found, 'مالك الزاهي')).toBe('Tunisia');
  });

  it('keeps the United Nations side when the one accompanied is of the UN itself (near miss)', () => {
    const found = sides(ILO.replace('المدير العام لمنظمة العمل الدولية، جيلبير', 'المنسق المقيم للأمم المتحدة في تونس، جيلبير'));
    expect(sideOf(found, 'إريك أوشلان')).not.toBe('International Labour Organization');
  });
});

// tests/heldout30/3115-youm7-cairo-egypt-belarus-signing.txt (Youm7's style): each agreement named first, then its signers.
const SIGNING =
  'شهد الدكتور مصطفى مدبولى، رئيس مجلس الوزراء، وسيرغى روماس، رئيس وزراء جمهورية بيلاروسيا، اليوم، بمقر مجلس الوزراء بالعاصمة الإدارية، مراسم توقيع ثلاث وثائق للتعاون بين البلدين، عقب جلسة مباحثات موسعة بين وفدى البلدين.\n' +
  'ووقعت الاتفاقية الأولى، الخاصة بالتشجيع والحماية المتبادلة للاستثمارات، الدكتورة سحر نصر، وزيرة الاستثمار والتعاون الدولى، عن الجانب المصرى، ودميترى كروتوى، وزير الاقتصاد البيلاروسى، عن الجانب البيلاروسى.\n' +
  'ووقع مذكرة التفاهم الثانية، بشأن إقامة منطقة صناعية بيلاروسية فى المنطقة الاقتصادية لقناة السويس، المهندس عمرو نصار، وزير التجارة والصناعة، وبافيل أوتيوبين، وزير الصناعة البيلاروسى.';

describe('namedAgreementFirst / inAgreementSubject: «ووقع مذكرة التفاهم، بشأن …، X، وY»', () => {
  it('reads the signers after an agreement whose subject a comma sets off, each on his own side', () => {
    const found = sides(SIGNING);
    expect(sideOf(found, 'بافيل أوتيوبين')).toBe('Belarus');
    expect(sideOf(found, 'عمرو نصار')).toBe('Egypt');
  });

  it('reads no signer when the words after the comma do not tell what the agreement is about (near miss)', () => {
    const found = sides(SIGNING.replace('الثانية، بشأن إقامة', 'الثانية، وتم إقامة'));
    expect(sideOf(found, 'عمرو نصار')).toBeUndefined();
  });
});
