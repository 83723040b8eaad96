# gobrian: `make build` builds bin/gobrian; `make test` runs every test.

GO     ?= go
PYTHON ?= /usr/bin/python3
BIN    ?= bin/gobrian

.PHONY: all build install-kernel test fmt-check vet go-test py-test bench clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/gobrian

install-kernel: build
	./$(BIN) install --user

# Every test: formatting, vet, the Go tests, then the end-to-end Python suite.
test: fmt-check vet go-test py-test

fmt-check:
	@out="$$(gofmt -l $$(find . -name '*.go' -not -path './.git/*'))"; \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

go-test:
	$(GO) test ./...

# pytest exits 5 when it collected nothing: that is a failure, not a pass.
py-test:
	@$(PYTHON) -c 'import pytest' 2>/dev/null || { echo "py-test: pytest is missing for $(PYTHON) (run .ci/run to install the test dependencies)"; exit 1; }
	@cd tests && $(PYTHON) -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "py-test: pytest collected no tests"; exit 1; fi; exit $$rc

# Side by side with ipykernel: startup, round trip, 100,000 printed lines.
bench: build
	$(PYTHON) tests/bench/bench_kernel.py --gobrian $(BIN)

clean:
	rm -rf bin
