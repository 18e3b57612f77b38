import { describe, expect, it } from 'vitest';
import { institutionToEnglish, roleToEnglish } from '@/lib/english/roles';

// A ministry whose name joins a second field by «و» keeps it: the minister's remit is the whole name, not its first word.
describe('a portfolio series of a state’s own ministry', () => {
  it('keeps a field joined in the construct («وبناء المدن», «وترقية الصادرات», «وحماية المناخ»)', () => {
    expect(roleToEnglish('وزير الطرق وبناء المدن الإيراني')).toBe('Iranian Minister of Roads and Urban Development');
    expect(roleToEnglish('وزير الصناعة وترقية الصادرات')).toBe('Minister of Industry and Export Promotion');
    expect(roleToEnglish('وزير الاقتصاد وحماية المناخ')).toBe('Minister of Economy and Climate Protection');
  });
  it('keeps a field with the article («والعمل المناخي», «والعبادة», «والجالية الوطنية بالخارج»)', () => {
    expect(roleToEnglish('وزيرة البيئة والعمل المناخي')).toBe('Minister of Environment and Climate Action');
    expect(roleToEnglish('وزير العلاقات الخارجية والعبادة')).toBe('Minister of Foreign Relations and Worship');
    expect(roleToEnglish('وزير الشؤون الخارجية والجالية الوطنية بالخارج الجزائري')).toBe('Algerian Minister of Foreign Affairs and National Community Abroad');
  });
  it('keeps the expatriates and the union a foreign ministry is also for', () => {
    expect(roleToEnglish('وزير الشؤون الخارجية وشؤون المغتربين')).toBe('Minister of Foreign Affairs and Expatriates');
    expect(roleToEnglish('وزير الخارجية والاتحاد الأوروبي والتعاون الإسباني')).toBe('Spanish Minister of Foreign Affairs, European Union and Cooperation');
    expect(institutionToEnglish('وزارة الشؤون الخارجية والاتحاد الأوروبي والتعاون')).toBe('Ministry of Foreign Affairs, European Union and Cooperation');
  });
  it('while a minister of one field stays so', () => {
    expect(roleToEnglish('وزير الطرق')).toBe('Minister of Roads');
    expect(roleToEnglish('وزير الشؤون الخارجية')).toBe('Minister of Foreign Affairs');
  });
});
