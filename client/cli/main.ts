#!/usr/bin/env node
// qpq's entry point. It stops the terminal echoing before anything else loads, so a password
// typed before its prompt appears is not shown; then it loads and runs the program (program.ts).
// A static import would load every module first: the echo would stay on while they load.
import { quietTerminal } from './terminal.js'

quietTerminal()
await import('./program.js')
