/**
 * The domains with code of their own, each beside its SDL folder in schema/. The others
 * (person, organisation, team, event) are answered wholly by what their mapping implies.
 */
import { authority } from './authority/index.ts';
import type { DomainModule } from './graph/module.ts';
import { inspection } from './inspection/index.ts';
import { node } from './node/index.ts';
import { place } from './place/index.ts';
import { research } from './research/index.ts';
import { source } from './source/index.ts';

export const MODULES: readonly DomainModule[] = [node, authority, inspection, source, research, place];
