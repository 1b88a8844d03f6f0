/**
 * Other names of provinces in common use (press abbreviations and short forms), by province
 * code. Province codes are stable across decrees, so the table survives data updates.
 */
export const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '11': ['nanggroe aceh darussalam', 'nad'],
  '12': ['sumut'],
  '13': ['sumbar'],
  '16': ['sumsel'],
  '19': ['bangka belitung', 'babel'],
  '21': ['kepri'],
  '31': ['dki jakarta', 'dki', 'jakarta'],
  '32': ['jabar'],
  '33': ['jateng'],
  '34': ['di yogyakarta', 'diy', 'yogyakarta', 'jogja'],
  '35': ['jatim'],
  '52': ['ntb'],
  '53': ['ntt'],
  '61': ['kalbar'],
  '62': ['kalteng'],
  '63': ['kalsel'],
  '64': ['kaltim'],
  '65': ['kaltara'],
  '71': ['sulut'],
  '72': ['sulteng'],
  '73': ['sulsel'],
  '74': ['sultra'],
  '76': ['sulbar'],
  '82': ['malut'],
};
