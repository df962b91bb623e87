/**
 * Synthetic de-identified clinical prose for the load benchmark: case titles, bodies of 1–4 KB,
 * replies and tags, built from word lists with a seeded generator so a scale always yields the same
 * data. The text looks like anonymizer output: identifiers already replaced by bracket tags
 * ("[NAME]", "[day 0]", "[LOCATION]"), ages over 89 as "90+".
 *
 * Term frequencies are deliberately uneven, so search has both selective terms (a rare diagnosis in
 * well under 1% of cases) and pathological ones (a word in nearly every case).
 */

/** Small, fast, seedable PRNG (mulberry32). */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Common presentations: each appears in a few per cent of cases. */
export const COMMON_PROBLEMS = [
  'community-acquired pneumonia',
  'acute decompensated heart failure',
  'new-onset atrial fibrillation',
  'diabetic ketoacidosis',
  'acute kidney injury',
  'upper gastrointestinal bleeding',
  'cellulitis of the lower leg',
  'chest pain with nonspecific ST changes',
  'syncope on exertion',
  'hyponatremia',
  'acute pancreatitis',
  'COPD exacerbation',
  'urinary tract infection with delirium',
  'new headache with visual change',
  'unexplained weight loss',
  'pulmonary embolism',
  'septic arthritis of the knee',
  'hypercalcemia',
  'transaminitis of unclear cause',
  'first unprovoked seizure',
  'iron deficiency anemia',
  'thyrotoxicosis',
  'asthma exacerbation',
  'postpartum hypertension',
  'febrile neutropenia',
  'acute cholecystitis',
  'lumbar radiculopathy',
  'migraine refractory to triptans',
  'hypokalemia with muscle weakness',
  'pediatric bronchiolitis',
] as const;

/** Rare diagnoses: each in roughly 0.1–0.3% of cases (selective search terms). */
export const RARE_PROBLEMS = [
  'pheochromocytoma',
  'sarcoidosis',
  'amyloidosis',
  'myasthenia gravis',
  'Takayasu arteritis',
  'porphyria',
  'hemophagocytic lymphohistiocytosis',
  'Whipple disease',
  'leptospirosis',
  'Guillain-Barre syndrome',
  'thrombotic thrombocytopenic purpura',
  'Addisonian crisis',
  'Kawasaki disease',
  'Wernicke encephalopathy',
  'mesenteric ischemia',
  'pyoderma gangrenosum',
] as const;

const OPENERS = [
  'A [AGE]-year-old presented to the emergency department with',
  'Patient [NAME] came to clinic on [day 0] reporting',
  'Referred from an outside hospital in [LOCATION] with',
  'Seen on [day 0] in the rural clinic for',
  'A previously healthy adult was admitted on [day 0] with',
  'An elderly patient (90+) living alone was brought in by [NAME] because of',
  'Transferred to our unit on [day 0] for management of',
  'A patient followed for several years by Dr. [NAME] now presents with',
];

const SYMPTOMS = [
  'progressive dyspnea over three days',
  'intermittent fevers and rigors',
  'pleuritic chest pain',
  'poor oral intake and fatigue',
  'palpitations and lightheadedness',
  'diffuse abdominal pain radiating to the back',
  'bilateral leg swelling',
  'confusion noted by family',
  'a productive cough with rust-colored sputum',
  'nausea and several episodes of emesis',
  'new exertional angina',
  'unilateral weakness that resolved within an hour',
  'polyuria and polydipsia',
  'melena for two days',
  'a painful, warm, erythematous calf',
  'worsening orthopnea',
  'arthralgias of the small joints of both hands',
  'night sweats',
];

const HISTORY = [
  'Past history includes type 2 diabetes, hypertension and chronic kidney disease stage 3.',
  'Medications on admission were metformin, lisinopril, atorvastatin and low-dose aspirin.',
  'There is a remote history of tobacco use, about 20 pack-years, quit [day -900].',
  'No known drug allergies; penicillin listed in an old chart but tolerated amoxicillin since.',
  'Family history is notable for early coronary disease in a first-degree relative.',
  'Lives in [LOCATION] about two hours from the nearest tertiary center.',
  'Prior echocardiogram on [day -200] showed an ejection fraction of 45 percent.',
  'Recently completed a course of oral antibiotics prescribed at an urgent care in [LOCATION].',
  'Takes warfarin for a mechanical mitral valve; the last INR on [day -3] was 2.4.',
  'Works as a farmer and reports exposure to livestock and standing water.',
  'Social history: drinks two to three beers daily, no illicit drug use.',
  'Immunizations are reportedly up to date per the patient and [NAME].',
];

const EXAM = [
  'On examination the temperature was 38.6 C, heart rate 112, blood pressure 94/58 and saturation 89 percent on room air.',
  'Vital signs were stable apart from a heart rate in the 130s, irregularly irregular.',
  'Exam showed crackles at the right base and dullness to percussion.',
  'There was jugular venous distension to the angle of the jaw and pitting edema to the knees.',
  'Abdomen was tender in the epigastrium with voluntary guarding but no rebound.',
  'Neurologic exam was nonfocal; the patient was oriented to person only.',
  'Skin showed a spreading erythematous plaque with a demarcated margin, marked on [day 0].',
  'Mucous membranes were dry and capillary refill was delayed.',
  'Cardiac auscultation revealed a new holosystolic murmur at the apex.',
  'Joint exam showed an effusion of the right knee with limited range of motion.',
];

const LABS = [
  'Labs: WBC 17.2 with 88 percent neutrophils, hemoglobin 9.1, platelets 412.',
  'Sodium 124, potassium 5.8, creatinine 2.3 (baseline 1.1), BUN 48.',
  'Troponin was 0.09 and rose to 0.21 on repeat at six hours.',
  'Lactate 3.4 mmol/L, procalcitonin 6.2.',
  'Lipase was more than three times the upper limit of normal.',
  'BNP 1840; TSH suppressed with a free T4 of 3.1.',
  'ALT 412, AST 380, alkaline phosphatase 190, total bilirubin 2.8.',
  'Urinalysis showed pyuria and nitrites; cultures were sent on [day 0].',
  'Arterial blood gas: pH 7.21, pCO2 28, bicarbonate 11, anion gap 24.',
  'Blood cultures from [day 1] grew gram-positive cocci in clusters in two of two bottles.',
  'Ferritin 9, transferrin saturation 4 percent.',
  'Calcium 13.2 with a suppressed PTH; PTHrP pending.',
];

const IMAGING = [
  'Chest radiograph showed a right lower lobe consolidation with a small effusion.',
  'CT angiogram of the chest on [day 0] demonstrated segmental filling defects bilaterally.',
  'Bedside ultrasound showed a dilated common bile duct and gallbladder wall thickening.',
  'ECG showed atrial fibrillation with rapid ventricular response and no acute ST elevation.',
  'MRI of the brain on [day +2] was read as unremarkable by the outside radiologist.',
  'Point-of-care echo showed a reduced ejection fraction and a plethoric IVC.',
  'CT abdomen and pelvis showed peripancreatic fat stranding without necrosis.',
  'Plain films of the knee were negative for fracture; effusion noted.',
];

const COURSE = [
  'We started empiric ceftriaxone and azithromycin and gave a 30 mL/kg fluid bolus.',
  'Diuresis with intravenous furosemide was started with modest response over 24 hours.',
  'Rate control with diltiazem was attempted; anticoagulation was held pending GI evaluation.',
  'An insulin infusion was started per protocol and the anion gap closed by [day +1].',
  'Vancomycin was added on [day 1] after the culture result returned.',
  'The patient improved clinically but the creatinine has not returned to baseline by [day +3].',
  'Transfer was discussed but weather closed the road to [LOCATION] for two days.',
  'The team debated whether to start steroids before the biopsy could be arranged.',
  'Despite treatment the fever persisted through [day +4].',
  'A joint aspiration was performed at the bedside and sent for cell count and crystals.',
  'Our pharmacy does not stock the second-line agent, which shapes the options here.',
];

const QUESTIONS = [
  'Would you broaden antibiotic coverage at this point, and for how long?',
  'Is there a role for early imaging here, or can this wait for outpatient follow-up?',
  'How would you approach anticoagulation given the bleeding risk?',
  'What would make you transfer this patient rather than manage locally?',
  'Any thoughts on the differential we might be missing?',
  'Would you repeat the echocardiogram before discharge?',
  'How aggressive should we be with fluid given the reduced ejection fraction?',
  'What monitoring would you suggest for the first week after discharge?',
  'Would you start steroids empirically while awaiting the biopsy?',
  'Is a rheumatology or infectious disease referral reasonable from a distance?',
];

const REPLY_OPENERS = [
  'Thanks for posting this.',
  'Interesting case.',
  'We see this fairly often in our unit.',
  'I agree with the approach so far.',
  'A few thoughts from the infectious disease side.',
  'From a cardiology standpoint:',
  'I would be cautious here.',
  'Had a nearly identical patient last month.',
];

const REPLY_POINTS = [
  'I would get blood cultures before any change in antibiotics and reassess at 48 hours.',
  'The rising troponin with this ECG deserves a cardiology review the same day if possible.',
  'Consider checking a cortisol level; the hypotension and hyponatremia fit.',
  'A repeat lactate after fluids would help decide whether this is evolving septic shock.',
  'Given the distance to [LOCATION], a lower threshold for transfer seems wise.',
  'I would hold the anticoagulant until the hemoglobin is stable for 24 hours.',
  'Point-of-care ultrasound of the IVC can guide further fluid.',
  'Our protocol switches to oral therapy once afebrile for 48 hours with a falling CRP.',
  'The crystal analysis will answer most of this; start empiric therapy meanwhile.',
  'I would not start steroids before tissue is obtained unless the patient deteriorates.',
  'Check magnesium as well; hypokalemia rarely corrects without it.',
  'Outpatient follow-up within a week with repeat labs on [day +7] sounds right.',
];

const TAGS = [
  'cardiology',
  'infectious-disease',
  'nephrology',
  'endocrine',
  'rural',
  'imaging',
  'pharmacology',
  'pediatrics',
  'critical-care',
  'hematology',
  'gastroenterology',
  'neurology',
  'diagnostic-dilemma',
  'transfer',
  'antibiotics',
  'thrombosis',
];

export interface CaseText {
  title: string;
  body: string;
  tags: string[];
}

function sentence(rng: Rng, list: readonly string[]): string {
  return rng.pick(list).replace('[AGE]', String(rng.int(18, 89)));
}

/** The problem a case is about: rare ones about 1 case in 100 (each rare term ≈ 0.06%). */
function problem(rng: Rng): string {
  return rng.chance(0.01) ? rng.pick(RARE_PROBLEMS) : rng.pick(COMMON_PROBLEMS);
}

/** A case post of about `targetBytes` (1–4 KB): history, exam, labs, imaging, course, a question. */
export function caseText(rng: Rng, targetBytes = rng.int(1024, 4096)): CaseText {
  const dx = problem(rng);
  const title = `${rng.pick(['Help with', 'Second opinion:', 'Question about', 'Puzzling'])} ${dx} in a ${rng.pick(['rural', 'small community', 'critical access', 'remote'])} setting`;
  const parts: string[] = [`${sentence(rng, OPENERS)} ${rng.pick(SYMPTOMS)} and suspected ${dx}.`];
  const sections = [HISTORY, EXAM, LABS, IMAGING, COURSE, HISTORY, LABS, COURSE, EXAM, IMAGING];
  let size = parts[0].length;
  for (let i = 0; size < targetBytes - 200; i++) {
    const paragraph: string[] = [];
    for (let k = rng.int(2, 4); k > 0; k--) paragraph.push(sentence(rng, sections[i % sections.length]));
    if (rng.chance(0.2)) paragraph.push(`Working diagnosis remains ${dx}.`);
    const p = paragraph.join(' ');
    parts.push(p);
    size += p.length + 2;
  }
  parts.push(`${rng.pick(QUESTIONS)} ${rng.pick(QUESTIONS)}`);
  const tags = new Set<string>();
  for (let k = rng.int(1, 4); k > 0; k--) tags.add(rng.pick(TAGS));
  return { title, body: parts.join('\n\n'), tags: [...tags] };
}

/** A reply of roughly 150–800 bytes. */
export function replyText(rng: Rng): string {
  const parts = [rng.pick(REPLY_OPENERS)];
  for (let k = rng.int(1, 4); k > 0; k--) parts.push(rng.pick(REPLY_POINTS));
  if (rng.chance(0.3)) parts.push(`Happy to discuss by phone, ask for [NAME].`);
  return parts.join(' ');
}
