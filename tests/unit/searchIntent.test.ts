import { describe, expect, test } from 'vitest';
import { interpretQuery, type SearchVocabulary } from '~/lib/browser/searchIntent';

const vocabulary: SearchVocabulary = {
	roles: [
		{ id: 'data-scientist', order: 1, names: ['Data Scientist', 'DS'], hiring: true, pay: true },
		{
			id: 'ml-engineer',
			order: 2,
			names: ['ML Engineer', 'Machine Learning Engineer'],
			hiring: true,
			pay: true,
		},
		{
			id: 'mlops-engineer',
			order: 3,
			names: ['MLOps Engineer', 'ML Platform Engineer'],
			hiring: false,
			pay: false,
		},
		{ id: 'data-engineer', order: 4, names: ['Data Engineer', 'DE'], hiring: true, pay: true },
	],
	entries: [
		{ names: ['Kubernetes', 'k8s'], path: 'tools/kubernetes/' },
		{ names: ['Scala'], path: 'tools/scala/' },
		{ names: ['MLOps'], path: 'skills/mlops/' },
		{ names: ['DevOps'], path: 'skills/devops/' },
		{ names: ['PyTorch'], path: 'tools/pytorch/' },
		{ names: ['TensorFlow'], path: 'tools/tensorflow/' },
		{ names: ['Apache Spark', 'pyspark'], path: 'tools/spark/' },
		{ names: ['Prompt engineering'], path: 'skills/prompt-engineering/' },
		{ names: ['Model deployment and serving', 'inference'], path: 'skills/model-serving/' },
		{ names: ['Statistics'], path: 'skills/statistics/' },
	],
	backgrounds: [
		{ id: 'backend-engineer', names: ['Backend or software engineer'] },
		{ id: 'data-analyst', names: ['Data analyst'] },
	],
	projects: [
		{ id: 'fraud-detection-api', title: 'Fraud-detection model served as an API' },
		{ id: 'recsys-spark-als', title: 'Movie recommendations with Spark ALS served by FastAPI' },
		{
			id: 'image-classifier-k8s-gpu',
			title: 'Image classifier on Kubernetes with GPU autoscaling',
		},
		{
			id: 'streaming-fraud-pipeline',
			title: 'Streaming fraud detection, Kafka to Spark to a REST API',
		},
		{ id: 'lakehouse-batch-pipeline', title: 'Batch lakehouse pipeline with data-quality gates' },
		{ id: 'churn-model', title: 'Churn prediction model with a retention recommendation' },
	],
};
const read = (query: string) => interpretQuery(query, vocabulary);
const first = (query: string) => read(query).answers[0]?.path;

describe('interpretQuery', () => {
	test('a role named with words about becoming one is answered by its page, and the term keeps its name', () => {
		expect(read('become a data scientist')).toMatchObject({
			term: 'data scientist',
			intent: 'role',
			answers: [{ path: 'roles/data-scientist/' }],
		});
		expect(first('What does an ML engineer do?')).toBe('roles/ml-engineer/');
		expect(first('DS')).toBe('roles/data-scientist/');
	});

	test('pay, learning, time, interviews and entry level lead to that part of the role, and the term says what was asked', () => {
		expect(read('how much does a data engineer make')).toMatchObject({
			term: 'data engineer pay',
			intent: 'pay',
			answers: [{ path: 'roles/data-engineer/#the-market' }],
		});
		expect(first('ml engineer roadmap')).toBe('roles/ml-engineer/roadmap/');
		expect(first('how long does it take to become a data scientist')).toBe(
			'roles/data-scientist/roadmap/',
		);
		expect(first('ml engineer interview questions')).toBe('roles/ml-engineer/getting-hired/');
		expect(first('data scientist without a degree')).toBe('roles/data-scientist/#career-ladder');
		// A role without a getting-hired page or pay figures: the part of its page that says so.
		expect(first('mlops engineer interview')).toBe('roles/mlops-engineer/#career-ladder');
		expect(read('mlops engineer salary').answers[0]).toEqual({
			path: 'roles/mlops-engineer/#the-market',
			label: 'MLOps Engineer: the market (no published pay figure)',
		});
	});

	test('two roles, in either order and with or without "vs", lead to their one comparison', () => {
		for (const query of [
			'data scientist vs ml engineer',
			'ML Engineer vs Data Scientist',
			'data scientist or machine learning engineer',
			'from ml engineer to data scientist',
		]) {
			expect(read(query), query).toMatchObject({
				intent: 'pair',
				answers: [{ path: 'compare/data-scientist-vs-ml-engineer/' }],
			});
		}
		// A skill named like a role, beside a role and "vs", stands for that role.
		expect(first('mlops vs ml engineer')).toBe('compare/ml-engineer-vs-mlops-engineer/');
		// So it does with a word only a role has: a market, a salary, a roadmap.
		expect(first('is mlops worth it')).toBe('roles/mlops-engineer/#the-market');
	});

	test('a pair where a side is not a role answers with the pages the guide has', () => {
		expect(read('mlops vs devops').answers.map((a) => a.path)).toEqual([
			'skills/mlops/',
			'skills/devops/',
		]);
		expect(read('pytorch vs tensorflow').answers.map((a) => a.path)).toEqual([
			'tools/pytorch/',
			'tools/tensorflow/',
		]);
		expect(read('ml engineer vs software engineer').answers.map((a) => a.path)).toEqual([
			'roles/ml-engineer/',
			'roles/ml-engineer/roadmap/?from=backend-engineer',
		]);
	});

	test('the longest name wins: "ML Platform Engineer" is not read as ML Engineer', () => {
		expect(first('ml platform engineer')).toBe('roles/mlops-engineer/');
	});

	test('forgives typos in longer words and plurals, but not typos in short words', () => {
		expect(first('data scienist')).toBe('roles/data-scientist/');
		expect(first('data scientsit vs ml enginer')).toBe('compare/data-scientist-vs-ml-engineer/');
		expect(read('which roles use kubernets')).toMatchObject({
			term: 'Kubernetes',
			answers: [{ path: 'tools/kubernetes/' }],
		});
		expect(first('data scientists')).toBe('roles/data-scientist/');
		expect(read('scale')).toEqual({ term: 'scale', answers: [], intent: 'words' });
		expect(read('dz').intent).toBe('words');
	});

	test('a word is not a typo of a name it only resembles: a typo keeps the first letter, short names need one edit, question words are never typos', () => {
		// "difference" is two edits from "inference", but a different word, and one that asks for a comparison.
		expect(read('difference between data engineer and data scientist')).toMatchObject({
			term: 'data engineer data scientist',
			answers: [{ path: 'compare/data-scientist-vs-data-engineer/' }],
		});
		expect(read('llm difference').answers).toEqual([]);
		// "influence" is two edits from "inference" too; a nine-letter name forgives one.
		expect(read('influence').answers).toEqual([]);
		expect(read('inferense').answers).toEqual([
			{ path: 'skills/model-serving/', label: expect.any(String) },
		]);
		// "reference" and "conference" are within reach of "inference" only by changing the first letter.
		for (const query of ['reference books', 'conference talks'])
			expect(
				read(query).answers.map((a) => a.path),
				query,
			).not.toContain('skills/model-serving/');
		// So "ubernetes" is not forgiven, and "statistic", "statistics" and "statistcs" are.
		expect(read('ubernetes').answers).toEqual([]);
		for (const query of ['statistic', 'statistics', 'statistcs'])
			expect(first(query), query).toBe('skills/statistics/');
	});

	test('a skill or tool is found by its name, its alias, or its name without "Apache", singular or plural', () => {
		expect(first('which role uses spark')).toBe('tools/spark/');
		expect(first('which roles use apache spark')).toBe('tools/spark/');
		// A bare name spelled right goes to full text as typed; a forgiven typo goes as the name.
		expect(read('k8s')).toMatchObject({ term: 'k8s', answers: [{ path: 'tools/kubernetes/' }] });
		expect(read('kubernets').term).toBe('Kubernetes');
		expect(read('prompt engineering salary').answers.map((a) => a.path)).toEqual([
			'skills/prompt-engineering/',
			'compare/#pay',
		]);
	});

	test('a question about no role or entry is answered by the page that covers it', () => {
		expect(read('salary')).toMatchObject({ term: 'pay', answers: [{ path: 'compare/#pay' }] });
		expect(first('roadmap')).toBe('find-your-path/');
		expect(first('entry level')).toBe('lessons/career-levels/');
		// A field stands for its people: data science is asked about data scientists.
		expect(read('is data science dying').answers.map((a) => a.path)).toEqual([
			'roles/data-scientist/#the-market',
			'lessons/ai-job-market/',
		]);
		expect(first('remote jobs')).toBe('lessons/ai-job-market/');
		expect(first('free courses')).toBe('lessons/resources/');
	});

	test('a project asked for with no role is the project its other words name, typos and plurals forgiven, or else the list of projects', () => {
		// Two projects share "fraud detection": the one whose title says it first comes first.
		expect(read('fraud detection project')).toMatchObject({
			term: 'fraud detection project',
			intent: 'project',
			answers: [
				{ path: 'projects/fraud-detection-api/' },
				{ path: 'projects/streaming-fraud-pipeline/' },
			],
		});
		expect(read('fraud detecton project').term).toBe('fraud detection project');
		expect(first('fraud detecton project')).toBe('projects/fraud-detection-api/');
		expect(first('movie recommendation projects')).toBe('projects/recsys-spark-als/');
		// Both name recommendations; one is about them, the other mentions one at the end of its title.
		expect(read('recommendation system project').answers.map((a) => a.path)).toEqual([
			'projects/recsys-spark-als/',
			'projects/churn-model/',
		]);
		// "project manager" is a job, not a portfolio project.
		expect(read('project manager salary').intent).not.toBe('project');
		for (const query of ['portfolio projects', 'portfolio', 'project ideas'])
			expect(
				read(query).answers.map((a) => a.path),
				query,
			).toEqual(['projects/']);
		expect(read('portfolio projects').term).toBe('portfolio projects');
		// A skill or tool named follows the project it names, or the list.
		expect(read('kubernetes project').answers.map((a) => a.path)).toEqual([
			'projects/image-classifier-k8s-gpu/',
			'tools/kubernetes/',
		]);
		expect(read('pytorch portfolio project').answers.map((a) => a.path)).toEqual([
			'projects/',
			'tools/pytorch/',
		]);
		// A starting point's words say who asks: "data" in "data analyst" names no data project.
		expect(read('data quality project').answers.map((a) => a.path)).toEqual([
			'projects/lakehouse-batch-pipeline/',
		]);
		expect(read('projects for a data analyst').answers.map((a) => a.path)).toEqual(['projects/']);
	});

	test('a role named with words about projects keeps its getting-hired page; interviews with no role keep the career-levels lesson', () => {
		expect(read('ml engineer portfolio')).toMatchObject({
			term: 'ml engineer interview',
			intent: 'hiring',
			answers: [{ path: 'roles/ml-engineer/getting-hired/' }],
		});
		expect(first('data scientist portfolio projects')).toBe('roles/data-scientist/getting-hired/');
		expect(first('fraud detection project for a data engineer')).toBe(
			'roles/data-engineer/getting-hired/',
		);
		// A role without a getting-hired page, named or named like a skill: its career ladder.
		expect(first('mlops engineer projects')).toBe('roles/mlops-engineer/#career-ladder');
		expect(first('mlops project')).toBe('roles/mlops-engineer/#career-ladder');
		expect(first('interview questions')).toBe('lessons/career-levels/');
	});

	test('anything else goes to search as typed, with no answer on top', () => {
		for (const query of ['', 'model drift', 'notebooks and dashboards'])
			expect(read(query)).toEqual({ term: query, answers: [], intent: 'words' });
	});
});
