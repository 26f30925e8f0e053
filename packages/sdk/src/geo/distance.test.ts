import { expect } from '@open-wc/testing';
import { distanceMiles, roundMiles } from './distance.ts';

/**
 * Expected values were computed independently (Python, spherical law of
 * cosines with R = 6371.0088 km) from the lat/lng columns of
 * data/uk-outcodes/postcodes.csv, and cross-checked with the published
 * TA1 -> LD3 figure in the reference notes (107.0 km, 66.5 miles).
 */
const centroids = {
  TA1: { lat: 51.01234, lng: -3.10203 },
  LD3: { lat: 51.96006, lng: -3.37111 },
  BA20: { lat: 50.93753, lng: -2.64193 },
  SY21: { lat: 52.65784, lng: -3.20505 },
  EC1A: { lat: 51.52019, lng: -0.103 },
  AB10: { lat: 57.13514, lng: -2.11731 },
};

describe('distanceMiles', () => {
  const pairs: Array<[keyof typeof centroids, keyof typeof centroids, number]> = [
    ['TA1', 'LD3', 66.5],
    ['TA1', 'BA20', 20.67],
    ['LD3', 'SY21', 48.72],
    ['TA1', 'EC1A', 134.31],
    ['EC1A', 'AB10', 396.31],
  ];
  for (const [from, to, expected] of pairs) {
    it(`${from} to ${to} is about ${expected} miles`, () => {
      expect(distanceMiles(centroids[from], centroids[to])).to.be.closeTo(expected, 0.01);
    });
  }

  it('is symmetric and zero for the same point', () => {
    expect(distanceMiles(centroids.TA1, centroids.LD3)).to.equal(distanceMiles(centroids.LD3, centroids.TA1));
    expect(distanceMiles(centroids.TA1, centroids.TA1)).to.equal(0);
  });

  it("gives half the Earth's circumference for antipodal points", () => {
    const halfCircumferenceMiles = (Math.PI * 6371.0088) / 1.609344;
    expect(distanceMiles({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).to.be.closeTo(halfCircumferenceMiles, 1e-6);
  });
});

describe('roundMiles', () => {
  const cases: Array<[number, number]> = [
    [0, 0.5],
    [0.3, 0.5],
    [0.74, 0.5],
    [0.75, 1],
    [1.4, 1],
    [1.5, 2],
    [6.49, 6],
    [9.6, 10],
    [10, 10],
    [12.4, 10],
    [12.5, 15],
    [66.5, 65],
    [-3, 0.5],
  ];
  for (const [input, expected] of cases) {
    it(`rounds ${input} to ${expected}`, () => {
      expect(roundMiles(input)).to.equal(expected);
    });
  }

  it('passes non-finite values through', () => {
    expect(roundMiles(Number.NaN)).to.be.NaN;
    expect(roundMiles(Infinity)).to.equal(Infinity);
  });
});
