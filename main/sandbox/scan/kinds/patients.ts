/** Fictional patients named in referrals, lab reports and release forms. */
import type { SeededRandom } from '../random';

export interface Patient {
  name: string;
  born: string;
}

const PATIENTS: readonly Patient[] = [
  { name: 'Maria Lopez', born: '03/14/1968' },
  { name: 'James Whitaker', born: '11/02/1954' },
  { name: 'Aisha Mohammed', born: '07/21/1990' },
  { name: 'Robert Chen', born: '01/30/1976' },
  { name: 'Emily Novak', born: '09/08/1983' },
];

export function pickPatient(random: SeededRandom): Patient {
  return random.pick(PATIENTS);
}
