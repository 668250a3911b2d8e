"""`python -m xbrlify ...` runs the same CLI as the `xbrlify` command."""

from xbrlify.cli import main

if __name__ == "__main__":
    main()
