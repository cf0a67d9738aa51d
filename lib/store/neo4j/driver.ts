/**
 * Neo4j driver
 * ============
 * Opens the one driver of a process with timeouts that let the app answer 503 quickly when Neo4j is away (and
 * recover by itself when it returns), or, for the loader, retry transient failures for longer.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { AtlasConfig } from '../../config';

export type Neo4jSettings = NonNullable<AtlasConfig['neo4j']>;

export interface DriverOptions {
  /** 'app': fail fast (health answers within ~2 s); 'load': retry transient errors for up to 30 s. */
  purpose: 'app' | 'load';
}

export function createDriver(settings: Neo4jSettings, { purpose }: DriverOptions = { purpose: 'app' }): Driver {
  // A server with auth disabled accepts any basic token; one with auth on then answers Unauthorized, which we report.
  const auth = neo4j.auth.basic(settings.username, settings.password ?? '');
  return neo4j.driver(settings.uri, auth, {
    connectionTimeout: settings.connectTimeoutMs,
    connectionAcquisitionTimeout: purpose === 'app' ? settings.connectTimeoutMs + 500 : 60_000,
    maxTransactionRetryTime: purpose === 'app' ? 300 : 30_000,
    maxConnectionPoolSize: purpose === 'app' ? 100 : 4,
    userAgent: 'strategy-atlas/0.1',
    // The app never reads query notifications; not producing them saves work on both sides.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}
