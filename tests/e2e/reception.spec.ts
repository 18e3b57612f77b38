import { test, expect, SITE, SHOTS, tabIdOf, openPopup } from './fixtures';
import { ArticlePage, Popup } from './pages';

// A reception and talks in the style of the Saudi Press Agency (tests/fixtures/articles/synthetic-spa-reception.txt):
// the attendance lists name both sides («من الجانب السعودي …، فيما حضرها من الجانب الكوري …») and the airport
// reception line has no side words at all — those who welcome the guest are the host's side. A minister written with
// his father's name («عادل بن أحمد الجبير») is named in English as written (names97).
const SIDES = [
  {
    side: /Saudi Arabia/,
    head: 'Salman bin Abdulaziz',
    members: [
      ['Mohammed bin Salman', /Crown Prince/],
      ['Adel bin Ahmed al-Jubeir', /Minister of Foreign Affairs/],
      ['Khalid bin Abdulaziz al-Falih', /Minister of Energy/],
      ['Majid bin Abdullah al-Qasabi', /Minister of Commerce/],
      // From the reception line at the airport.
      ['Faisal bin Bandar', /Governor of the Riyadh Region/],
      ['Adel bin Abdulrahman', /Minister of State for Foreign Affairs/],
    ],
  },
  {
    side: /South Korea/,
    head: 'Moon Jae-in',
    members: [
      ['Kang Kyung-wha', /Minister of Foreign Affairs/],
      ['Hong Nam-ki', /Minister of Economy and Finance/],
      ['Chung Eui-yong', /National Security/],
    ],
  },
] as const;

test('the popup on a reception article lists both sides in columns, every member with an English role', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${SITE}/reception`);
  await new ArticlePage(page).waitForHighlights();
  const tabId = await tabIdOf(serviceWorker, page);
  const popupPage = await openPopup(context, extensionId, tabId);
  const popup = new Popup(popupPage);

  await expect(popup.sides).toHaveCount(2);
  const [a, b] = [(await popup.sides.nth(0).boundingBox())!, (await popup.sides.nth(1).boundingBox())!];
  expect(Math.abs(a.y - b.y), 'the two columns share a row').toBeLessThan(2);
  await popupPage.screenshot({ path: `${SHOTS}/popup-reception.png`, fullPage: true });

  for (const { side, head, members } of SIDES) {
    const column = popup.sides.filter({ has: popupPage.locator('h3', { hasText: side }) });
    await expect(column, `a column for ${side}`).toHaveCount(1);
    const rows = column.locator('.member');
    await expect(rows, `${side}: the head and ${members.length} members, nobody else`).toHaveCount(members.length + 1);
    await expect(rows.first().locator('.name')).toContainText(head);
    await expect(rows.first()).toHaveClass(/head/);
    for (const [name, role] of members) {
      const row = rows.filter({ hasText: name });
      await expect(row, `${name} in ${side}`).toHaveCount(1);
      await expect(row.locator('.role'), `${name}'s role in English`).toHaveText(role);
    }
    // Every role is shown, in English.
    for (const text of await rows.locator('.role').allTextContents()) expect(text).toMatch(/^[A-Z][A-Za-z ,.'-]+$/);
    expect(await rows.locator('.role').count()).toBe(members.length + 1);
  }
  // The airport named after a king is a place, not a person at the reception.
  await expect(popupPage.locator('.side .member', { hasText: /Khaled|Khalid Al-D/ })).toHaveCount(0);
});
