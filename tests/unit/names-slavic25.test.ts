import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Central and South Slavic names in the forms their bearers carry in English', () => {
  it('reads a Slavic given name in its own form for a person of a Slavic country', () => {
    expect(nameToEnglish('توميسلاف نيكوليتش', { country: 'RS' })).toMatch(/^Tomislav /);
    expect(nameToEnglish('ياروسلاف كاتشينسكي', { country: 'PL' })).toMatch(/^Jaroslaw /);
  });

  it('tells a Slavic name given no country by its given name or its -ić', () => {
    // A -ski under a given name only the western Slavs carry: Polish, not Russian -sky.
    expect(nameToEnglish('زبيغنيو راو')).toMatch(/^Zbigniew /);
    expect(nameToEnglish('ماتيوش كوفالسكي')).toMatch(/^Mateusz Ko[vw]alski$/);
    // A family name in -ić under a given name Russia and France share: Andrej, not Andre.
    expect(nameToEnglish('أندريه كراليتش')).toMatch(/^Andrej /);
    // (A name Russia shares stays Russian: ألكسندر with a Russian family name.)
    expect(nameToEnglish('ألكسندر غروشكو')).toMatch(/^Alexander /);
  });

  it("reads a Bosniak's Arabic given name in its Bosnian form", () => {
    expect(nameToEnglish('شفيق جعفروفيتش', { country: 'BA' })).toMatch(/^Sefik /);
    // (An Arab's stays Arabic.)
    expect(nameToEnglish('شفيق الحوت', { country: 'LB' })).toMatch(/^Shafi/);
  });
});
