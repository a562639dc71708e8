// Package scripts holds the shell scripts that run and test dondoc
// (run.sh, test.sh); its tests run them as a person would.
package scripts
