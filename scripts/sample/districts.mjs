/**
 * Postcode districts the sample providers are placed in, with their centroids.
 *
 * Centroids are copied from the shared UK outcode table (/work/shared/data/uk-outcodes/postcodes.csv,
 * derived from ONS/OS open data) so that `npm run sample` works on a fresh clone with no extra files.
 * `town` is the name a resident would use (the table's own names are sometimes a parish),
 * `weight` is roughly how many providers a district gets, `places` are local words for invented names.
 */

/** @typedef {{code: string, town: string, lat: number, lng: number, weight: number, places: string[]}} District */

/** @type {District[]} Somerset, England (CQC area). */
export const SOMERSET = [
  { code: 'TA1', town: 'Taunton', lat: 51.01234, lng: -3.10203, weight: 30, places: ['Tone', 'Taunton Deane', 'Galmington'] },
  { code: 'TA2', town: 'Taunton', lat: 51.03303, lng: -3.10109, weight: 20, places: ['Tone', 'Staplegrove', 'Kingston'] },
  { code: 'TA3', town: 'Taunton', lat: 50.99403, lng: -3.03889, weight: 12, places: ['Blackdown', 'Stoke Hill', 'Tone'] },
  { code: 'TA4', town: 'Bishops Lydeard', lat: 51.07092, lng: -3.26758, weight: 10, places: ['Quantock', 'Brendon', 'Lydeard'] },
  { code: 'TA5', town: 'Nether Stowey', lat: 51.14633, lng: -3.10379, weight: 8, places: ['Quantock', 'Stowey', 'Parrett'] },
  { code: 'TA6', town: 'Bridgwater', lat: 51.12479, lng: -2.99895, weight: 28, places: ['Parrett', 'Sedgemoor', 'Bridgwater Bay'] },
  { code: 'TA7', town: 'Bridgwater', lat: 51.12999, lng: -2.91187, weight: 10, places: ['Polden', 'Sedgemoor', 'Levels'] },
  { code: 'TA8', town: 'Burnham-on-Sea', lat: 51.24445, lng: -2.99294, weight: 14, places: ['Berrow', 'Brue', 'Lighthouse'] },
  { code: 'TA9', town: 'Highbridge', lat: 51.22588, lng: -2.9553, weight: 8, places: ['Brue', 'Levels', 'Huntspill'] },
  { code: 'TA10', town: 'Langport', lat: 51.03262, lng: -2.82438, weight: 5, places: ['Parrett', 'Levels', 'Muchelney'] },
  { code: 'TA11', town: 'Somerton', lat: 51.06039, lng: -2.70214, weight: 6, places: ['Cary', 'Polden', 'Levels'] },
  { code: 'TA12', town: 'Martock', lat: 50.97452, lng: -2.77207, weight: 5, places: ['Ham Stone', 'Parrett', 'Yeo'] },
  { code: 'TA13', town: 'South Petherton', lat: 50.94638, lng: -2.81004, weight: 4, places: ['Ham Stone', 'Parrett'] },
  { code: 'TA18', town: 'Crewkerne', lat: 50.88269, lng: -2.78619, weight: 8, places: ['Axe', 'Windwhistle', 'Parrett'] },
  { code: 'TA19', town: 'Ilminster', lat: 50.93392, lng: -2.91373, weight: 8, places: ['Isle', 'Blackdown', 'Windwhistle'] },
  { code: 'TA20', town: 'Chard', lat: 50.87329, lng: -2.96087, weight: 12, places: ['Blackdown', 'Isle', 'Axe'] },
  { code: 'TA21', town: 'Wellington', lat: 50.97673, lng: -3.24507, weight: 14, places: ['Blackdown', 'Tone', 'Monument'] },
  { code: 'TA22', town: 'Dulverton', lat: 51.0451, lng: -3.54509, weight: 4, places: ['Exmoor', 'Barle', 'Exe'] },
  { code: 'TA23', town: 'Watchet', lat: 51.16171, lng: -3.3516, weight: 6, places: ['Brendon', 'Quantock', 'Harbour'] },
  { code: 'TA24', town: 'Minehead', lat: 51.18137, lng: -3.50957, weight: 12, places: ['Exmoor', 'Dunkery', 'Porlock Vale'] },
  { code: 'BA4', town: 'Shepton Mallet', lat: 51.17102, lng: -2.53073, weight: 10, places: ['Mendip', 'Sheppey', 'Showground'] },
  { code: 'BA5', town: 'Wells', lat: 51.21266, lng: -2.65291, weight: 14, places: ['Mendip', 'Bishop', 'Ebbor'] },
  { code: 'BA6', town: 'Glastonbury', lat: 51.14042, lng: -2.70478, weight: 10, places: ['Tor', 'Avalon', 'Brue'] },
  { code: 'BA9', town: 'Wincanton', lat: 51.05729, lng: -2.40955, weight: 8, places: ['Cale', 'Selwood', 'Blackmore'] },
  { code: 'BA10', town: 'Bruton', lat: 51.11291, lng: -2.44576, weight: 4, places: ['Brue', 'Selwood', 'Dovecote'] },
  { code: 'BA11', town: 'Frome', lat: 51.23652, lng: -2.32519, weight: 22, places: ['Selwood', 'Mendip', 'Badcox'] },
  { code: 'BA16', town: 'Street', lat: 51.12489, lng: -2.74313, weight: 10, places: ['Polden', 'Brue', 'Ivythorn'] },
  { code: 'BA20', town: 'Yeovil', lat: 50.93753, lng: -2.64193, weight: 16, places: ['Yeo', 'Hendford', 'Ninesprings'] },
  { code: 'BA21', town: 'Yeovil', lat: 50.95107, lng: -2.63358, weight: 22, places: ['Yeo', 'Summerhouse', 'Abbey Manor'] },
  { code: 'BA22', town: 'Yeovil', lat: 50.96814, lng: -2.63666, weight: 10, places: ['Yeo', 'Mudford', 'Ham Stone'] },
];

/**
 * @type {District[]} Powys, Wales (CIW area).
 * HR3 is the Hay-on-Wye district: its table centroid lies over the border in Herefordshire, so the
 * town's own position is used instead (Hay itself is in Powys).
 */
export const POWYS = [
  { code: 'LD1', town: 'Llandrindod Wells', lat: 52.26047, lng: -3.3657, weight: 5, places: ['Ithon', 'Radnor', 'Spa'] },
  { code: 'LD2', town: 'Builth Wells', lat: 52.14145, lng: -3.39275, weight: 3, places: ['Irfon', 'Wye', 'Showfield'] },
  { code: 'LD3', town: 'Brecon', lat: 51.96006, lng: -3.37111, weight: 5, places: ['Usk', 'Honddu', 'Beacons'] },
  { code: 'LD6', town: 'Rhayader', lat: 52.30909, lng: -3.50804, weight: 2, places: ['Elan', 'Wye', 'Kite'] },
  { code: 'LD7', town: 'Knighton', lat: 52.3524, lng: -3.08513, weight: 2, places: ['Teme', 'Offa', 'Clock Tower'] },
  { code: 'LD8', town: 'Presteigne', lat: 52.26735, lng: -3.04348, weight: 2, places: ['Lugg', 'Radnor', 'Offa'] },
  { code: 'SY15', town: 'Montgomery', lat: 52.55518, lng: -3.12995, weight: 1, places: ['Severn', 'Offa'] },
  { code: 'SY16', town: 'Newtown', lat: 52.52004, lng: -3.31183, weight: 5, places: ['Severn', 'Mochdre', 'Kerry Hill'] },
  { code: 'SY17', town: 'Caersws', lat: 52.51644, lng: -3.46501, weight: 1, places: ['Severn', 'Carno'] },
  { code: 'SY18', town: 'Llanidloes', lat: 52.44076, lng: -3.54784, weight: 2, places: ['Severn', 'Clywedog', 'Hafren'] },
  { code: 'SY20', town: 'Machynlleth', lat: 52.61405, lng: -3.81838, weight: 3, places: ['Dyfi', 'Dovey', 'Clock Tower'] },
  { code: 'SY21', town: 'Welshpool', lat: 52.65784, lng: -3.20505, weight: 4, places: ['Severn', 'Long Mountain', 'Vyrnwy'] },
  { code: 'SY22', town: 'Llanfyllin', lat: 52.75604, lng: -3.18553, weight: 1, places: ['Vyrnwy', 'Cain', 'Tanat'] },
  { code: 'NP8', town: 'Crickhowell', lat: 51.85996, lng: -3.14586, weight: 2, places: ['Usk', 'Table Mountain', 'Grwyne'] },
  { code: 'HR3', town: 'Hay-on-Wye', lat: 52.07367, lng: -3.12597, weight: 2, places: ['Wye', 'Black Mountains', 'Booktown'] },
];

/** Welsh place words for Welsh-named providers, by district. */
export const WELSH_PLACES = {
  LD1: ['Dyffryn Ithon', 'Maesyfed'],
  LD2: ['Dyffryn Irfon', 'Cwm Gwy'],
  LD3: ['Dyffryn Wysg', 'Aberhonddu'],
  LD6: ['Cwm Elan', 'Cwm Gwy'],
  LD7: ['Tref-y-Clawdd', 'Dyffryn Tefeidiad'],
  LD8: ['Llanandras', 'Maesyfed'],
  SY15: ['Trefaldwyn', 'Bro Hafren'],
  SY16: ['Y Drenewydd', 'Bro Hafren'],
  SY17: ['Bro Hafren', 'Carno'],
  SY18: ['Llanidloes', 'Clywedog'],
  SY20: ['Dyffryn Dyfi', 'Bro Ddyfi'],
  SY21: ['Y Trallwng', 'Bro Efyrnwy'],
  SY22: ['Bro Efyrnwy', 'Dyffryn Cain'],
  NP8: ['Crucywel', 'Dyffryn Wysg'],
  HR3: ['Y Gelli', 'Cwm Gwy'],
};

/** Straight-line distance in km between two districts (small-area approximation, good enough here). */
export function kmBetween(a, b) {
  const x = (b.lng - a.lng) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180)) * 111.32;
  const y = (b.lat - a.lat) * 111.32;
  return Math.hypot(x, y);
}

/** The `count` districts nearest to `district` (excluding itself, and any with the same code). */
export function nearestDistricts(district, all, count) {
  return all
    .filter((d) => d.code !== district.code)
    .map((d) => ({ d, km: kmBetween(district, d) }))
    .sort((p, q) => p.km - q.km || (p.d.code < q.d.code ? -1 : 1))
    .slice(0, count)
    .map((p) => p.d);
}
