/** A query, the page (path inside the site) it must find, and whether first or among the first three. */
export type Expectation = [query: string, expected: string, within: 1 | 3];

/**
 * Queries readers type, the page each must find, and whether it must come first or among the first
 * three: plain questions, pairs of roles in either order, typos, short names and single words.
 * The README lists them with the page each finds first.
 */
export const queries: Expectation[] = [
	// Questions about a role, its roadmap, pay and interviews.
	['become a data scientist', 'roles/data-scientist/', 1],
	['how to become an ML engineer', 'roles/ml-engineer/', 1],
	['what does an MLOps engineer do', 'roles/mlops-engineer/', 1],
	['data engineer career', 'roles/data-engineer/', 1],
	['ml engineer roadmap', 'roles/ml-engineer/roadmap/', 1],
	['learn to be an AI engineer', 'roles/ai-engineer/roadmap/', 1],
	['data scientist salary', 'roles/data-scientist/', 1],
	['how much does an AI engineer earn', 'roles/ai-engineer/', 1],
	['ml engineer interview questions', 'roles/ml-engineer/getting-hired/', 1],
	['data scientist take-home', 'roles/data-scientist/getting-hired/', 1],
	['LLM engineer portfolio projects', 'roles/llm-engineer/getting-hired/', 1],
	// Two roles, either order, with or without "vs".
	['data scientist vs ml engineer', 'compare/data-scientist-vs-ml-engineer/', 1],
	['ml engineer vs data scientist', 'compare/data-scientist-vs-ml-engineer/', 1],
	['AI engineer or LLM engineer', 'compare/ai-engineer-vs-llm-engineer/', 1],
	['difference between data engineer and data scientist', 'compare/data-scientist-vs-data-engineer/', 1],
	['from data engineer to ml engineer', 'compare/ml-engineer-vs-data-engineer/', 1],
	['mlops vs ml engineer', 'compare/ml-engineer-vs-mlops-engineer/', 3],
	// A skill or tool, asked about.
	['which roles use kubernetes', 'tools/kubernetes/', 1],
	['who uses MLflow', 'tools/mlflow/', 1],
	['learn docker', 'tools/docker/', 1],
	['what is RAG', 'skills/rag/', 1],
	['learn mlops', 'skills/mlops/', 1],
	// Typos readers make.
	['data scienist', 'roles/data-scientist/', 1],
	['machine lerning engineer', 'roles/ml-engineer/', 1],
	['kubernets', 'tools/kubernetes/', 1],
	['pytroch', 'tools/pytorch/', 1],
	['which roles use kubernets', 'tools/kubernetes/', 1],
	['data scientsit vs ml enginer', 'compare/data-scientist-vs-ml-engineer/', 1],
	// Short names and aliases.
	['MLE', 'roles/ml-engineer/', 1],
	['DS', 'roles/data-scientist/', 1],
	['k8s', 'tools/kubernetes/', 1],
	['sklearn', 'tools/scikit-learn/', 3],
	['LLMOps', 'skills/mlops/', 3],
	['GenAI', 'roles/ai-engineer/', 3],
	['Machine Learning Engineer', 'roles/ml-engineer/', 1],
	// Names and single words that already worked.
	['MLflow', 'tools/mlflow/', 1],
	['Kubernetes', 'tools/kubernetes/', 1],
	['ML Engineer', 'roles/ml-engineer/', 1],
	['Data Scientist', 'roles/data-scientist/', 1],
	['AI Engineer', 'roles/ai-engineer/', 1],
	['LLM Engineer', 'roles/llm-engineer/', 1],
	['MLOps Engineer', 'roles/mlops-engineer/', 1],
	['Data Engineer', 'roles/data-engineer/', 1],
	['feature store', 'skills/feature-stores/', 1],
	['monitor model drift', 'skills/model-monitoring/', 3],
	['monitor model drift', 'roles/mlops-engineer/', 3],
	['A/B test', 'skills/experimentation/', 3],
	['fine-tune', 'skills/fine-tuning/', 3],
	['fine-tune', 'roles/llm-engineer/', 3],
	['prompt injection', 'skills/guardrails-security/', 3],
	['prompt injection', 'roles/ai-engineer/', 3],
	['RAG', 'skills/rag/', 3],
	['data pipelines', 'skills/data-pipelines/', 3],
	['phd', 'roles/research-scientist/', 3],
];
