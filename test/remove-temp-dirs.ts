import { afterAll } from '@jest/globals';
import { removeTempDirs } from './run-helpers.js';

/** Run after each test file (jest's setupFilesAfterEnv): no test leaves its folders in the system's temp folder. */
afterAll(removeTempDirs);
