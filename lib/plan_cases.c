/* Similar finished projects from the case archive: the similarity of a
 * case to a plan, and the three most similar with their overrun. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "plan.h"

int pt_plan_similarity(const pt_plan *p, const pt_plan_case *k, int ladder, int trede, int schaal,
		       int soort, const unsigned char *chosen)
{
	double s = 0;
	size_t inter = 0, mine = 0;
	int kl = k->ladder >= 0 ? k->ladder : k->trede >= 0 ? k->trede / 5 : -1;
	if (k->trede >= 0 && k->trede == trede)
		s += 16;
	if (kl >= 0 && kl == ladder)
		s += 8;
	if (k->schaal >= 0 && k->schaal == schaal)
		s += 4;
	if (k->soort >= 0 && k->soort == soort)
		s += 2;
	for (size_t i = 0; i < p->nw; i++) {
		mine += chosen[i] != 0;
		inter += chosen[i] && k->werkvormen[i];
	}
	size_t uni = mine + k->nwerkvormen - inter;
	if (uni)
		s += (double)inter / (double)uni;
	return (int)lround(s * 100.0 / 31.0);
}

static json_t *case_json(const pt_plan_case *k, int sim)
{
	static const char *keys[] = {"id", "titel", "soort", "schaal", "ladder", "trede",
		"oordeel", "lessen", "gepland", "werkelijk", NULL};
	json_t *o = json_object();
	for (int i = 0; keys[i]; i++) {
		json_t *v = json_object_get(k->obj, keys[i]);
		if (v)
			json_object_set_new(o, keys[i], json_deep_copy(v));
		if (i == 5)
			json_object_set_new(o, "gelijkenis", json_integer(sim));
	}
	return o;
}

json_t *pt_plan_similar(const pt_plan *p, const char *self, int ladder, int trede, int schaal, int soort,
			const unsigned char *chosen, double ratio[2], json_t **ids)
{
	int best[3] = {-1, -1, -1}, score[3] = {0, 0, 0};
	for (size_t i = 0; i < p->ncases; i++) {
		const pt_plan_case *k = &p->cases[i];
		int kl = k->ladder >= 0 ? k->ladder : k->trede >= 0 ? k->trede / 5 : -1;
		/* A rerun after evaluation finds the project itself in the archive. */
		if (kl != ladder || (self && strcmp(self, k->id) == 0))
			continue;
		int s = pt_plan_similarity(p, k, ladder, trede, schaal, soort, chosen);
		for (int r = 0; r < 3; r++) {
			if (best[r] < 0 || s > score[r] ||
			    (s == score[r] && strcmp(k->id, p->cases[best[r]].id) < 0)) {
				for (int m = 2; m > r; m--)
					best[m] = best[m - 1], score[m] = score[m - 1];
				best[r] = (int)i, score[r] = s;
				break;
			}
		}
	}
	json_t *arr = json_array();
	double plan[2] = {0, 0}, real[2] = {0, 0};
	*ids = json_array();
	for (int r = 0; r < 3 && best[r] >= 0; r++) {
		const pt_plan_case *k = &p->cases[best[r]];
		json_array_append_new(arr, case_json(k, score[r]));
		int used = 0;
		for (int f = 0; f < 2; f++)
			if (k->gepland[f] > 0 && k->werkelijk[f] >= 0)
				plan[f] += k->gepland[f], real[f] += k->werkelijk[f], used = 1;
		if (used)
			json_array_append_new(*ids, json_string(k->id));
	}
	for (int f = 0; f < 2; f++)
		ratio[f] = plan[f] > 0 ? real[f] / plan[f] : 1;
	return arr;
}
