import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// A known person's one-word surname after another given name that opens the next item of a list with its «و» is
// someone else's family name, not the known person. (Invented sentences; «غراندي» and «الزياني» are surnames the
// gazetteer holds for other people.)
describe('a known surname after a given name with the «و» of a list', () => {
  it('is the family name of the list item, a foreign name', () => {
    const found = names('وضم الوفد الإيطالي ماريو روسي، وزير الخارجية، وجوليا غراندي بيانكي، وزيرة الداخلية.');
    expect(found).toContain('جوليا غراندي بيانكي');
    expect(found).not.toContain('غراندي');
  });
  it('is the family name of the list item, an Arab name', () => {
    const found = names('وضم الوفد البحريني خالد المناعي، وكيل وزارة المالية، وسلمى الزياني، مديرة الميزانية العامة.');
    expect(found).toContain('سلمى الزياني');
    expect(found).not.toContain('الزياني');
  });
});
