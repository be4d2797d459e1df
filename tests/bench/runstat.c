/* runstat: run a command with stdin and stdout redirected to files and
 * print its CPU seconds (user + system) and peak memory (KiB):
 *   runstat IN OUT cmd args...   ->   "cpu 1.234 maxrss 5678 status 0" */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: runstat IN OUT cmd [args...]\n");
		return 2;
	}
	pid_t pid = fork();
	if (pid == 0) {
		int in = open(argv[1], O_RDONLY);
		int out = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (in < 0 || out < 0) {
			perror("runstat");
			_exit(127);
		}
		dup2(in, 0), dup2(out, 1);
		execvp(argv[3], argv + 3);
		perror(argv[3]);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0) {
		perror("runstat");
		return 4;
	}
	double cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
		     (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
	printf("cpu %.3f maxrss %ld status %d\n", cpu, ru.ru_maxrss,
	       WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return 0;
}
