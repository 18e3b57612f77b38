import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: the meeting chaired is named right after the verb, before its chairs («وترأس الاجتماع X، وY، وZ»);
// each chair, of another country, leads his side.
describe('findDelegations: chairs of three countries named after «وترأس الاجتماع»', () => {
  const text = [
    'اجتماع ثلاثي لوزراء خارجية تركيا وإيران وروسيا في أنقرة',
    'أنقرة 4 مارس (الأناضول) اتفقت تركيا وإيران وروسيا اليوم على مواصلة التنسيق بشأن الأوضاع في المنطقة خلال الاجتماع الثلاثي لوزراء خارجية الدول الثلاث.',
    'وترأس الاجتماع وزير الخارجية التركي هاكان فيدان، ووزير الخارجية الإيراني عباس عراقجي، ووزير الخارجية الروسي سيرغي لافروف.',
    'وشارك في الاجتماع من الجانب التركي نائب وزير الخارجية أحمد يلدز، ومن الجانب الإيراني السفير محسن باهروند، ومن الجانب الروسي السفير أليكسي يرخوف.',
  ].join('\n\n');
  it('seats each chair on his own side', () => {
    const found = sides(text);
    expect(sideOf(found, 'هاكان فيدان')).toBe('Turkey');
    expect(sideOf(found, 'عباس عراقجي')).toBe('Iran');
    expect(sideOf(found, 'سيرغي لافروف')).toBe('Russia');
  });
});

// Written for the test: the signer, a comma, the document signed, and only then «مع» and the other signer.
describe('findDelegations: the other signer named after the document signed', () => {
  const text = [
    'المغرب والسنغال يوقعان اتفاقيات تعاون في الرباط',
    'الرباط - وقع المغرب والسنغال، الخميس، أربع اتفاقيات للتعاون خلال زيارة الرئيس السنغالي ماكي سال إلى الرباط، بحضور العاهل المغربي الملك محمد السادس.',
    'ووقع وزير الفلاحة والصيد البحري المغربي محمد صديقي، اتفاقية التعاون في مجال الصيد البحري وتربية الأحياء المائية مع وزير الصيد السنغالي باباكار ديوب.',
  ].join('\n\n');
  it('seats both signers, each on his side', () => {
    const found = sides(text);
    expect(sideOf(found, 'محمد صديقي')).toBe('Morocco');
    expect(sideOf(found, 'باباكار ديوب')).toBe('Senegal');
  });
});
