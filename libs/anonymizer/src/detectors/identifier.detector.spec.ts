import { deidentify } from '../index.js';
import { isDeaNumber, isVin } from './identifier.detector.js';

const found = (text: string): string[] =>
  deidentify(text).findings.map((f) => `${f.category}:${text.slice(f.start, f.end)}`);

describe('record, plan, licence, vehicle and device identifiers', () => {
  it('should replace a medical record number with [MRN]', () => {
    expect(deidentify('MRN NRMC00773419, admitted').text).toBe('MRN [MRN], admitted');
    expect(found('HH chart #HH-20931')).toEqual(['MRN:HH-20931']);
  });

  it('should replace a health plan member ID with [HEALTH_PLAN_ID]', () => {
    expect(found('Humana Gold Plus member ID H58213377.')).toEqual(['HEALTH_PLAN_ID:H58213377']);
  });

  it('should replace an account number with [ACCOUNT_NUMBER]', () => {
    expect(found('Acct 40012298731')).toEqual(['ACCOUNT_NUMBER:40012298731']);
  });

  it('should recognise a DEA number by its check digit', () => {
    expect(isDeaNumber('BM4471823')).toBe(true);
    expect(isDeaNumber('BM4471824')).toBe(false);
    expect(found('prescriber BM4471823 wrote it')).toEqual(['LICENSE_NUMBER:BM4471823']);
  });

  it('should recognise a VIN by its check digit', () => {
    expect(isVin('1HGCM82687A118204')).toBe(false);
    expect(isVin('1M8GDM9AXKP042788')).toBe(true);
    expect(found('frame says 1M8GDM9AXKP042788')).toEqual(['VEHICLE_ID:1M8GDM9AXKP042788']);
  });

  it('should replace a licence plate after its cue with [VEHICLE_ID]', () => {
    expect(found('gray truck, IA plate HBK 442, parked')).toEqual(['VEHICLE_ID:HBK 442']);
  });

  it('should replace a device serial number with [DEVICE_ID]', () => {
    expect(found('Tandem pump (serial TS1129847)')).toEqual(['DEVICE_ID:TS1129847']);
  });

  it('should replace a biometric identifier with [BIOMETRIC_ID]', () => {
    expect(found('palm vein ID at registration (biometric ID PS-0048812207)')).toEqual([
      'BIOMETRIC_ID:PS-0048812207',
    ]);
  });

  it('should replace room and bed numbers and other codes with [OTHER_ID]', () => {
    expect(found('moved to rm 312-B; case MDH-RAB-24-0388')).toEqual([
      'OTHER_ID:312-B',
      'OTHER_ID:MDH-RAB-24-0388',
    ]);
  });

  it('should keep doses, ICD-10 and CPT codes, gene names, scores and obstetric shorthand', () => {
    const text =
      'G3P2002, BRCA1 and CYP2C19 negative, E11.65, CPT 99213, NDC 60267-705-50, 1000mg, GCS E3V3M5, COVID-19, 70S-80S.';
    expect(deidentify(text).findings).toEqual([]);
  });
});
