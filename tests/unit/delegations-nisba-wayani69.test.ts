import { describe, expect, it } from 'vitest';
import { matchNationality } from '@/lib/vocab/nationalities';
import { normalize } from '@/lib/arabic/normalize';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: the press also forms the nisba of a name in -واي with «اني» after the whole name
// («الباراغواياني»، «الأوروغوايانية»), beside «الباراغوياني» and «الباراغوايي».
describe('nationalities: the nisba of a name in -واي with «اني» after the whole name', () => {
  const nationalityOf = (word: string) => matchNationality([normalize(word)], 0)?.adjective_en ?? null;
  it('reads «الباراغواياني»، «الباراجوايانية» and «الأوروغوايانية»', () => {
    expect(nationalityOf('الباراغواياني')).toBe('Paraguayan');
    expect(nationalityOf('الباراجوايانية')).toBe('Paraguayan');
    expect(nationalityOf('الأوروغوايانية')).toBe('Uruguayan');
  });
  it('seats a signer «عن الجانب الباراغواياني» with Paraguay, the other signer with the host', () => {
    const text = [
      'قطر والباراغواي توقعان اتفاقية للتعاون',
      'الدوحة - اجتمع سعادة السيد سالم بن راشد الكواري وزير الدولة للتجارة، اليوم، مع سعادة السيد كارلوس بينيتيز وزير الصناعة والتجارة في جمهورية الباراغواي، الذي يزور البلاد حاليا.',
      'وجرى خلال الاجتماع بحث علاقات التعاون الاقتصادي بين البلدين.',
      'كما وقع اتفاقية التعاون الجمركي عن الجانب القطري سعادة السيد أحمد بن علي المهندي رئيس الهيئة العامة للجمارك، وعن الجانب الباراغواياني السيد خورخي مارتينيز رئيس الإدارة الوطنية للجمارك.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'خورخي مارتينيز')).toBe(sideOf(found, 'كارلوس بينيتيز'));
    expect(sideOf(found, 'أحمد بن علي المهندي')).toBe(sideOf(found, 'سالم بن راشد الكواري'));
    expect(sideOf(found, 'خورخي مارتينيز')).not.toBe(sideOf(found, 'أحمد بن علي المهندي'));
  });
});
