// Placeholder; replaced as LRExperiments is built.
