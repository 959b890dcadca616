/** The data blocks of a role lesson; use as `<Role.Skills />` under the matching heading (the page's `role` says which role). */
export { default as Summary } from './Summary.astro';
export { default as Responsibilities } from './Responsibilities.astro';
export { default as TypicalDay } from './TypicalDay.astro';
export { default as Skills } from './Skills.astro';
export { default as Tools } from './Tools.astro';
export { default as Projects } from './Projects.astro';
export { default as Ladder } from './Ladder.astro';
export { default as FitsYouIf } from './FitsYouIf.astro';
export { default as Market } from './Market.astro';
export { default as Sources } from './Sources.astro';
