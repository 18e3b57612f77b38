import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a Gulf lineage of five names with «بن» and the family name', () => {
  it('reads the whole name before its office, with a style or a comma', () => {
    // WAM (heldout19 2020).
    expect(names('وحضر اللقاء معالي سهيل بن محمد فرج فارس المزروعي وزير الطاقة والبنية التحتية.')).toContain('سهيل بن محمد فرج فارس المزروعي');
    expect(names('وحضر اللقاء سعادة راشد بن أحمد سعيد خلفان النعيمي، سفير الدولة لدى اليابان.')).toContain('راشد بن أحمد سعيد خلفان النعيمي');
  });
  it('reads the whole name after its office', () => {
    expect(names('وحضر اللقاء وزير الطاقة سهيل بن محمد فرج فارس المزروعي.')).toContain('سهيل بن محمد فرج فارس المزروعي');
  });
  it('keeps a name of five words with no «بن» to four', () => {
    expect(names('وحضر اللقاء وزير الطاقة سهيل محمد فرج فارس المزروعي.')).not.toContain('سهيل محمد فرج فارس المزروعي');
  });
});
