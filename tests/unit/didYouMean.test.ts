import { describe, expect, test } from 'vitest';
import { didYouMean, editDistance } from '~/util/didYouMean';

describe('editDistance', () => {
	test('counts insertions, deletions and substitutions', () => {
		expect(editDistance('mlflow', 'mlflow')).toBe(0);
		expect(editDistance('mlfow', 'mlflow')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
	});
	test('counts two neighbouring letters swapped as one edit', () => {
		expect(editDistance('focsu', 'focus')).toBe(1);
		expect(editDistance('tolos', 'tools')).toBe(1);
		expect(editDistance('pytroch', 'pytorch')).toBe(1);
		expect(editDistance('ab', 'ba')).toBe(1);
	});
});

describe('didYouMean', () => {
	const tools = [
		{ id: 'mlflow', words: ['MLflow'] },
		{ id: 'kubernetes', words: ['Kubernetes', 'k8s'] },
		{ id: 'kubeflow', words: ['Kubeflow'] },
	];
	test('suggests the closest id for a typo', () => {
		expect(didYouMean('mlfow', tools)).toBe('mlflow');
		expect(didYouMean('kubernets', tools)).toBe('kubernetes');
		expect(didYouMean('kubeflwo', tools)).toBe('kubeflow');
	});
	test('maps a name or alias to its id, ignoring case and punctuation', () => {
		expect(didYouMean('K8S', tools)).toBe('kubernetes');
		expect(didYouMean('ML-flow', tools)).toBe('mlflow');
	});
	test('suggests nothing when nothing is close', () => {
		expect(didYouMean('terraform', tools)).toBeUndefined();
		expect(didYouMean('', tools)).toBeUndefined();
	});
});
