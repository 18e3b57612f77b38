import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

// Round 93, delegations: «فقد تسلم جلالته أوراق اعتماد سعادة A سفيرا لجمهورية بيرو غير مقيم لدى السلطنة، وسعادة B سفيرة
// …»: when the first ambassador's name is not read as a person, the ceremony's list goes on from his title to the next one
// named (heldout39 4016 lost every side of the ceremony, the receiver's too).

// Written for the test (in the style of the Omani agency's credentials stories); the first ambassador is left unread.
describe('credentials: an ambassador whose name was not read does not end the list', () => {
  it('seats the receiver and the ambassadors named after the unread one', () => {
    const text =
      'السلطان يتسلم أوراق اعتماد عدد من السفراء\n\n' +
      'مسقط في 4 مايو /العمانية/ تسلّم حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم بقصر العلم العامر اليوم أوراق اعتماد عدد من السفراء المعتمدين لدى سلطنة عُمان.\n\n' +
      'فقد تسلّم جلالته أوراق اعتماد سعادة كارلوس ألبرتو مينديث سفيرًا لجمهورية تشيلي غير مقيم لدى سلطنة عُمان، وسعادة آنا ليزا كورهونين سفيرة لجمهورية فنلندا غير مقيمة لدى سلطنة عُمان، وسعادة ديلشود أحمدوف سفيرًا لجمهورية طاجيكستان لدى سلطنة عُمان.';
    const officials = [
      official(text, 'هيثم بن طارق', 'Haitham bin Tarik', 'OM', 'السلطان'),
      official(text, 'آنا ليزا كورهونين', 'Anna-Liisa Korhonen', 'FI', 'سفيرة لجمهورية فنلندا'),
      official(text, 'ديلشود أحمدوف', 'Dilshod Akhmedov', 'TJ', 'سفيرًا لجمهورية طاجيكستان'),
    ];
    expect(summary(findDelegations(text, officials))).toEqual([
      { side: 'Oman', members: ['*Haitham bin Tarik'] },
      { side: 'Finland', members: ['*Anna-Liisa Korhonen'] },
      { side: 'Tajikistan', members: ['*Dilshod Akhmedov'] },
    ]);
  });
});
