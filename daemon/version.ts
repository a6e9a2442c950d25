// The package version, for the daemon (Health's server_version, logs, --version); found in
// protocol/version.ts, which the qpq CLI shares.
export { VERSION } from '../protocol/version.js'
