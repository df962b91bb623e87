/** US states, the District of Columbia and the territories, by postal code. */
export const US_JURISDICTIONS: ReadonlySet<string> = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ' +
    'ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI'
  ).split(' '),
);

export function isUsJurisdiction(code: string): boolean {
  return US_JURISDICTIONS.has(code);
}
