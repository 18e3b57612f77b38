/**
 * What the head of a political party («رئيس حزب X») is called in the states whose parties style him otherwise than
 * Head: the President of a party in France and the states of its tradition, in Spain and Argentina (President of the
 * National Rally, of the Tawassoul party); the Chairman in Nigeria, Pakistan and Turkey (Chairman of the Labour Party,
 * of the PPP, of the CHP). Elsewhere he stays the Head of the party.
 */
export const partyHeadTitles: Readonly<Record<string, 'President' | 'Chairman'>> = {
  FR: 'President', DZ: 'President', MR: 'President', TN: 'President', MA: 'President', SN: 'President', CI: 'President', ES: 'President', AR: 'President',
  NG: 'Chairman', PK: 'Chairman', TR: 'Chairman',
};
