import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Round 63: a delegation's member named by the file he is in charge of («ومسؤول ملف X في …»), an office the title
// grammar did not read, so that the list lost him. All sentences written for the test.
const official = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('an official in charge of a file', () => {
  it('reads «مسؤول ملف <country> في <body>» in a delegation\'s list, the country the file\'s and not the holder\'s', () => {
    const text = 'استقبل وزير الداخلية الأردني مازن الفراية وفدا لبنانيا. وضم الوفد اللبناني السفير اللبناني في عمان يوسف رجي، '
      + 'ومسؤول ملف سوريا في المديرية العامة للأمن العام ماهر الصيادي.';
    const o = official(text, 'ماهر الصيادي');
    expect(o?.role_en).toMatch(/^Head of the Syria File at /);
    expect(o?.country).not.toBe('SY');
  });

  it('reads «مسؤول الملف <adjective> في <body>»', () => {
    const text = 'ويقود الوساطة المبعوث الخاص للمنظمة سامي نور، يعاونه مسؤول الملف الأمني في أمانة المنظمة علي حسن.';
    expect(official(text, 'علي حسن')?.role_en).toMatch(/^Head of the Security File/);
  });

  it('still wants a complement after «مسؤول»: a file of no country, field or adjective is not read', () => {
    const text = 'وقال مسؤول ملف كبير إن المفاوضات ستستأنف الأسبوع المقبل.';
    expect(analyze(text).officials).toHaveLength(0);
  });
});
