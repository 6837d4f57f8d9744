// PLACEHOLDER until the translation lands (next commit on branch uitrans): the English strings.
export { classroom } from '../en/classroom.ts';
