/** The countries stories are set in, and their cities. */
import type { Country } from './countries/country';
import { saudiArabia, uae, yemen, qatar, kuwait, oman, bahrain } from './countries/gulf';
import { iraq, syria, lebanon, palestine, jordan } from './countries/levant-and-iraq';
import {
  egypt,
  morocco,
  tunisia,
  algeria,
  libya,
  sudan,
  mauritania,
} from './countries/north-africa';

export type { Country };

/** Ordered by how often an Arab news archive names them; cities likewise within a country. */
export const countries: Country[] = [
  egypt,
  iraq,
  saudiArabia,
  syria,
  lebanon,
  palestine,
  jordan,
  morocco,
  uae,
  tunisia,
  algeria,
  yemen,
  qatar,
  kuwait,
  libya,
  sudan,
  oman,
  bahrain,
  mauritania,
];
