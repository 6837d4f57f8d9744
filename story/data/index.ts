// All content data in one place. Add a pack file here when a new act or feature brings one.
import { pack as history } from './packs/history.ts';
import { pack as act1 } from './packs/act1.ts';
import { pack as act2 } from './packs/act2.ts';
import { pack as act3 } from './packs/act3.ts';
import { pack as act4 } from './packs/act4.ts';
import { pack as jonas1 } from './packs/jonas1.ts';
import { pack as jonas2 } from './packs/jonas2.ts';
import { pack as jonas3 } from './packs/jonas3.ts';
import { pack as jonas4 } from './packs/jonas4.ts';
import { pack as jonas5 } from './packs/jonas5.ts';
import { pack as jonas6 } from './packs/jonas6.ts';
import { pack as pavel1 } from './packs/pavel1.ts';
import { pack as pavel2 } from './packs/pavel2.ts';
import { pack as pavel3 } from './packs/pavel3.ts';
import { pack as pavel4 } from './packs/pavel4.ts';
import { pack as pavel5 } from './packs/pavel5.ts';
import { pack as pavel6 } from './packs/pavel6.ts';
import { pack as kiosk } from './packs/kiosk.ts';
import { pack as endnotes } from './packs/endnotes.ts';

export { sources } from './sources.ts';
export { people } from './people.ts';
export { places } from './places.ts';
export { endings } from './endings.ts';
export { documents } from './documents.ts';

export const packs = { history, act1, act2, act3, act4, jonas1, jonas2, jonas3, jonas4, jonas5, jonas6, pavel1, pavel2, pavel3, pavel4, pavel5, pavel6, kiosk, endnotes };
