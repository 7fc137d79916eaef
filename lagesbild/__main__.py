import sys

from lagesbild.cli import main

sys.exit(main())
