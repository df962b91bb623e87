import { deidentify } from '../index.js';
import { lexicons } from '../lexicon/lexicons.js';
import { isClinicalService } from './clinical-service.js';

describe('clinical services', () => {
  it('should read a service named by ordinary words as clinical content', () => {
    expect(isClinicalService('Respiratory Care', lexicons())).toBe(true);
    expect(isClinicalService('Intensive Care Unit', lexicons())).toBe(true);
    expect(deidentify('Respiratory Care in for neb tx').text).toBe('Respiratory Care in for neb tx');
  });

  it('should not read a name or a town before the head as a service', () => {
    expect(isClinicalService('Mercy Care', lexicons())).toBe(false);
    expect(isClinicalService('Ottumwa Care', lexicons())).toBe(false);
    expect(isClinicalService('Regional Medical Center', lexicons())).toBe(false);
  });

  it('should read a clinic named by its specialty only as a service, and not a named one', () => {
    for (const p of ['Pulmonary Medicine Clinic', 'Pediatric Rheumatology Clinic', 'Orthopedic Clinic'])
      expect(isClinicalService(p, lexicons())).toBe(true);
    for (const p of ['Sunrise Clinic', 'Mayo Clinic', 'Ottumwa Medical Center', 'Memorial Medical Center'])
      expect(isClinicalService(p, lexicons())).toBe(false);
  });
});
