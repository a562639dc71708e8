package main

import (
	"errors"
	"fmt"
	"os"
)

// openFile opens a file an operator named, saying in Vietnamese why it
// cannot be.
func openFile(path string) (*os.File, error) {
	f, err := os.Open(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf(outNoFile, path)
	case errors.Is(err, os.ErrPermission):
		return nil, fmt.Errorf(outNoPermission, path)
	case err != nil:
		return nil, fmt.Errorf(outCannotRead, path, err)
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		f.Close()
		return nil, fmt.Errorf(outIsFolder, path)
	}
	return f, nil
}

// writeFile writes a file an operator named, saying in Vietnamese why it
// cannot be.
func writeFile(path string, data []byte) error {
	err := os.WriteFile(path, data, 0o644)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf(outNoFolder, path)
	case errors.Is(err, os.ErrPermission):
		return fmt.Errorf(outNoPermission, path)
	case err != nil:
		return fmt.Errorf(outCannotWrite, path, err)
	}
	return nil
}
